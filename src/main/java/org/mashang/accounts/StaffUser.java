package org.mashang.accounts;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in member of staff.
 *
 * @param deputyId     the deputy this user acts for (role DEPUTY)
 * @param departmentId the department this user works in (role DEPARTMENT)
 * @param regionId     the region whose data the user may see (a street for committee staff, a district …)
 */
public record StaffUser(long id, String username, String passwordHash, String displayName, Set<Role> roles, @Nullable Long deputyId,
                        @Nullable Long departmentId, @Nullable Long regionId, boolean active) implements UserDetails {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** The password hash never leaves this object in logs or sessions shown to people. */
    @Override
    public String toString() {
        return "StaffUser[" + username + " " + roles + "]";
    }
}
