package org.mashang.cases.internal;

import static org.mashang.cases.StepTexts.required;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import java.util.stream.Collectors;
import org.mashang.cases.AssignmentView;
import org.mashang.cases.CaseDetail;
import org.mashang.cases.ReplyTemplate;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Directory;
import org.mashang.cases.ReplyTemplates;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reply templates: each user keeps their own; the committee staff of a street keep the street's shared ones. */
@Service
@Transactional
@RequiredArgsConstructor
class ReplyTemplateService implements ReplyTemplates {

    static final int MAX_PER_OWNER = 200;

    private final ReplyTemplateRepository templates;
    private final Directory directory;

    @Override
    @Transactional(readOnly = true)
    public Picker picker(StaffUser user, CaseDetail d, Long templateId) {
        Long street = directory.station(d.stationId()).map(s -> s.streetId()).orElse(null);
        List<ReplyTemplate> available = available(user, street);
        if (templateId == null) {
            return new Picker(available, null);
        }
        ReplyTemplate t = available.stream().filter(x -> x.id() == templateId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("没有找到这条常用语"));
        String department = user.departmentId() != null
                ? directory.department(user.departmentId()).map(DepartmentRef::name).orElse(null)
                : d.assignments().stream().map(AssignmentView::departmentName).distinct().collect(Collectors.joining("、"));
        return new Picker(available, t.fill(d.residentName(), d.ticket(), department));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReplyTemplate> available(StaffUser user, Long streetId) {
        return templates.available(user.id(), streetId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReplyTemplate> pick(StaffUser user, Long streetId, long templateId) {
        return available(user, streetId).stream().filter(t -> t.id() == templateId).findFirst();
    }

    @Override
    public void add(StaffUser user, String title, String body, boolean shared) {
        String t = required(title, "名称", 50);
        String b = required(body, "内容", 2000);
        Long region = shared ? sharedRegion(user) : null;
        if (shared && region == null) {
            throw UserFacingException.badRequest("只有人大工委的审核员、交办员和管理员可以添加本街道共用的常用语");
        }
        long count = shared ? templates.countShared(region) : templates.countPersonal(user.id());
        if (count >= MAX_PER_OWNER) {
            throw UserFacingException.badRequest("常用语最多 " + MAX_PER_OWNER + " 条，请先删除不用的");
        }
        templates.insert(region, t, b, user.id());
    }

    @Override
    public void delete(StaffUser user, long templateId) {
        if (!templates.delete(templateId, user.id(), sharedRegion(user))) {
            throw UserFacingException.notFound("没有找到这条常用语，或您无权删除");
        }
    }

    /** Committee staff keep the shared templates of their region; others have none to keep. */
    private static Long sharedRegion(StaffUser user) {
        boolean committee = user.has(Role.REVIEWER) || user.has(Role.DISPATCHER) || user.has(Role.ADMIN);
        return committee ? user.regionId() : null;
    }
}
