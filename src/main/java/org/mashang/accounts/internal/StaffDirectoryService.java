package org.mashang.accounts.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffContact;
import org.mashang.accounts.StaffDirectory;
import org.mashang.directory.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class StaffDirectoryService implements StaffDirectory {

    private final StaffUserRepository users;
    private final Directory directory;

    @Override
    public List<StaffContact> usersOfDeputy(long deputyId) {
        return users.contactsOfDeputy(deputyId);
    }

    @Override
    public List<StaffContact> usersOfDepartment(long departmentId) {
        return users.contactsOfDepartment(departmentId);
    }

    @Override
    public List<StaffContact> usersWithRoleForStreet(Role role, long streetId) {
        return users.regionalContacts(role).stream().filter(r -> directory.isWithin(streetId, r.regionId()))
                .map(StaffUserRepository.RegionalContact::contact).toList();
    }

    @Override
    public List<StaffContact> usersWithRoleOfRegion(Role role, long regionId) {
        return users.contactsOfRegion(role, regionId);
    }
}
