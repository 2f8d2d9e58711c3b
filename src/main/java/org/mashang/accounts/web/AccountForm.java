package org.mashang.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.mashang.accounts.Role;
import org.mashang.platform.ValidPhone;

public class AccountForm {

    @NotBlank(message = "请填写登录名")
    @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "登录名应为 3 到 50 位字母、数字、下划线、点或横线")
    private String username;

    @NotBlank(message = "请填写姓名")
    @Size(max = 50, message = "姓名不能超过 50 个字")
    private String displayName;

    @NotEmpty(message = "请至少选择一个角色")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long deputyId;

    private Long departmentId;

    private Long regionId;

    @ValidPhone
    private String phone;

    @Email(message = "邮箱格式不正确")
    @Size(max = 100, message = "邮箱不能超过 100 个字符")
    private String email;

    /** Required for a new account; for an existing one, a new password or empty to keep it. */
    @Size(max = 100, message = "密码不能超过 100 个字符")
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
