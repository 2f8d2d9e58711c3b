package org.mashang.accounts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffContact;
import org.mashang.accounts.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class StaffUserRepository {

    private static final String SELECT = """
            select id, username, password_hash, display_name, roles, deputy_id, department_id, region_id, active
            from staff_user""";

    private final JdbcClient jdbc;

    /** How to reach an active account holding the role, named as {@link StaffContact}'s components. */
    private static final String CONTACT = """
            select id user_id, username, display_name, phone, email, region_id from staff_user where active and :role = any(roles)""";

    /** A staff contact and the region of the account. */
    record RegionalContact(long userId, String username, String displayName, String phone, String email, Long regionId) {

        StaffContact contact() {
            return new StaffContact(userId, username, displayName, phone, email);
        }
    }

    /** Active deputy accounts linked to the deputy. */
    List<StaffContact> contactsOfDeputy(long deputyId) {
        return jdbc.sql(CONTACT + " and deputy_id = :id order by id").param("role", Role.DEPUTY.name()).param("id", deputyId)
                .query(StaffContact.class).list();
    }

    /** Active department accounts linked to the department. */
    List<StaffContact> contactsOfDepartment(long departmentId) {
        return jdbc.sql(CONTACT + " and department_id = :id order by id").param("role", Role.DEPARTMENT.name())
                .param("id", departmentId).query(StaffContact.class).list();
    }

    /** The accounts of exactly this region holding the role (a committee's own staff, not those of the regions below). */
    List<StaffContact> contactsOfRegion(Role role, long regionId) {
        return jdbc.sql(CONTACT + " and region_id = :id order by id").param("role", role.name()).param("id", regionId)
                .query(StaffContact.class).list();
    }

    /** Active accounts holding the role for some region. */
    List<RegionalContact> regionalContacts(Role role) {
        return jdbc.sql(CONTACT + " and region_id is not null order by id").param("role", role.name())
                .query(RegionalContact.class).list();
    }

    public Optional<StaffUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where username = :u").param("u", username).query(StaffUserRepository::map).optional();
    }

    public Optional<StaffUser> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(StaffUserRepository::map).optional();
    }

    public List<StaffUser> all() {
        return jdbc.sql(SELECT + " order by active desc, username").query(StaffUserRepository::map).list();
    }

    public List<StaffUser> withRole(Role role) {
        return jdbc.sql(SELECT + " where active and :role = any(roles) order by username")
                .param("role", role.name()).query(StaffUserRepository::map).list();
    }

    public long insert(AccountData data, String passwordHash) {
        return jdbc.sql("""
                        insert into staff_user (username, password_hash, display_name, roles, deputy_id, department_id, region_id,
                                                phone, email)
                        values (:username, :hash, :name, cast(:roles as varchar[]), :deputy, :department, :region, :phone, :email)
                        returning id""")
                .param("username", data.username()).param("hash", passwordHash).param("name", data.displayName())
                .param("roles", rolesLiteral(data.roles())).param("deputy", data.deputyId()).param("department", data.departmentId())
                .param("region", data.regionId()).param("phone", data.phone()).param("email", data.email())
                .query(Long.class).single();
    }

    public void update(long id, AccountData data) {
        jdbc.sql("""
                        update staff_user set display_name = :name, roles = cast(:roles as varchar[]), deputy_id = :deputy,
                               department_id = :department, region_id = :region, phone = :phone, email = :email
                        where id = :id""")
                .param("name", data.displayName()).param("roles", rolesLiteral(data.roles())).param("deputy", data.deputyId())
                .param("department", data.departmentId()).param("region", data.regionId()).param("phone", data.phone())
                .param("email", data.email()).param("id", id)
                .update();
    }

    public void setPassword(long id, String passwordHash) {
        jdbc.sql("update staff_user set password_hash = :hash where id = :id").param("hash", passwordHash).param("id", id).update();
    }

    /** @return how many accounts had {@code oldHash} (the demo data's published password) and now have {@code newHash} */
    int replacePasswordHash(String oldHash, String newHash) {
        return jdbc.sql("update staff_user set password_hash = :new where password_hash = :old")
                .param("new", newHash).param("old", oldHash).update();
    }

    boolean anyWithPasswordHash(String hash) {
        return jdbc.sql("select exists (select 1 from staff_user where password_hash = :hash)").param("hash", hash)
                .query(Boolean.class).single();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from staff_user where username = :u").param("u", username).query(String.class).optional();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update staff_user set active = :active where id = :id").param("active", active).param("id", id).update();
    }

    public Optional<AccountData> data(long id) {
        return jdbc.sql("""
                        select username, display_name, roles, deputy_id, department_id, region_id, phone, email
                        from staff_user where id = :id""")
                .param("id", id)
                .query((rs, n) -> new AccountData(rs.getString("username"), rs.getString("display_name"), roles(rs.getArray("roles")),
                        nullableLong(rs, "deputy_id"), nullableLong(rs, "department_id"), nullableLong(rs, "region_id"),
                        rs.getString("phone"), rs.getString("email")))
                .optional();
    }

    private static String rolesLiteral(Set<Role> roles) {
        return "{" + String.join(",", roles.stream().map(Enum::name).sorted().toList()) + "}";
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static StaffUser map(ResultSet rs, int row) throws SQLException {
        return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"), rs.getString("display_name"),
                roles(rs.getArray("roles")), nullableLong(rs, "deputy_id"), nullableLong(rs, "department_id"),
                nullableLong(rs, "region_id"), rs.getBoolean("active"));
    }

    /** What an administrator enters for an account (the password is set separately). */
    public record AccountData(String username, String displayName, Set<Role> roles, Long deputyId, Long departmentId, Long regionId,
                              String phone, String email) {
    }
}
