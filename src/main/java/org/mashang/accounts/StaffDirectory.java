package org.mashang.accounts;

import java.util.List;

/** Active staff accounts by what they are responsible for, with their contact details. */
public interface StaffDirectory {

    /** The accounts that act for a deputy. */
    List<StaffContact> usersOfDeputy(long deputyId);

    /** The accounts of a department. */
    List<StaffContact> usersOfDepartment(long departmentId);

    /** Accounts holding {@code role} whose region contains the street (committee staff of that street or above it). */
    List<StaffContact> usersWithRoleForStreet(Role role, long streetId);

    /** Active users with the role whose region is exactly this one: a committee's own staff, not those above it. */
    List<StaffContact> usersWithRoleOfRegion(Role role, long regionId);
}
