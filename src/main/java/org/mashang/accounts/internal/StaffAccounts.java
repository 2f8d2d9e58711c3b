package org.mashang.accounts.internal;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.Role;
import org.mashang.directory.Directory;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.ReferenceDataChanged;
import org.mashang.platform.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing staff accounts, with the links each role needs. */
@Service
@Transactional
@RequiredArgsConstructor
public class StaffAccounts {

    static final int MIN_PASSWORD = 8;

    private final StaffUserRepository users;
    private final Directory directory;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    /** @param password required for a new account; null keeps an existing account's password */
    public long save(Long id, StaffUserRepository.AccountData data, @Nullable String password) {
        events.publishEvent(new ReferenceDataChanged("staff"));
        if (data.roles().contains(Role.DEPUTY)) {
            if (data.deputyId() == null || directory.deputy(data.deputyId()).isEmpty()) {
                throw new FieldProblem("deputyId", "人大代表账号须关联一位代表");
            }
        }
        if (data.roles().contains(Role.DEPARTMENT)) {
            if (data.departmentId() == null || directory.department(data.departmentId()).isEmpty()) {
                throw new FieldProblem("departmentId", "职能部门账号须关联一个部门");
            }
        }
        if (data.regionId() != null && directory.region(data.regionId()).isEmpty()) {
            throw new FieldProblem("regionId", "管辖区域不存在");
        }
        if (id == null && password == null) {
            throw new FieldProblem("password", "请为新账号设置密码");
        }
        if (password != null && password.length() < MIN_PASSWORD) {
            throw new FieldProblem("password", "密码至少 " + MIN_PASSWORD + " 位");
        }
        try {
            if (id == null) {
                return users.insert(data, encoder.encode(password));
            }
            users.find(id).orElseThrow(() -> UserFacingException.notFound("账号不存在"));
            users.update(id, data);
            if (password != null) {
                users.setPassword(id, encoder.encode(password));
            }
            return id;
        } catch (DuplicateKeyException e) {
            throw new FieldProblem("username", "登录名已被使用");
        }
    }

    public void setActive(long id, boolean active) {
        events.publishEvent(new ReferenceDataChanged("staff"));
        users.find(id).orElseThrow(() -> UserFacingException.notFound("账号不存在"));
        users.setActive(id, active);
    }
}
