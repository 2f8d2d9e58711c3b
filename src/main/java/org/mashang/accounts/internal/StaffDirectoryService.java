package org.mashang.accounts.internal;

import java.util.List;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffContact;
import org.mashang.accounts.StaffDirectory;
import org.mashang.directory.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StaffDirectoryService implements StaffDirectory {

    private static final String SELECT = "select id, username, display_name, phone, email, region_id from staff_user where active and ";

    private final JdbcClient jdbc;
    private final Directory directory;

    StaffDirectoryService(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public List<StaffContact> usersOfDeputy(long deputyId) {
        return list("'DEPUTY' = any(roles) and deputy_id = :id", deputyId);
    }

    @Override
    public List<StaffContact> usersOfDepartment(long departmentId) {
        return list("'DEPARTMENT' = any(roles) and department_id = :id", departmentId);
    }

    @Override
    public List<StaffContact> usersWithRoleForStreet(Role role, long streetId) {
        return jdbc.sql(SELECT + ":role = any(roles) and region_id is not null order by id").param("role", role.name())
                .query((rs, n) -> new Row(contact(rs), rs.getLong("region_id"))).list().stream()
                .filter(r -> directory.isWithin(streetId, r.regionId())).map(Row::contact).toList();
    }

    @Override
    public List<StaffContact> usersWithRoleOfRegion(Role role, long regionId) {
        return jdbc.sql(SELECT + ":role = any(roles) and region_id = :id order by id").param("role", role.name())
                .param("id", regionId).query((rs, n) -> contact(rs)).list();
    }

    private List<StaffContact> list(String condition, long id) {
        return jdbc.sql(SELECT + condition + " order by id").param("id", id).query((rs, n) -> contact(rs)).list();
    }

    private static StaffContact contact(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StaffContact(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("phone"),
                rs.getString("email"));
    }

    private record Row(StaffContact contact, long regionId) {
    }
}
