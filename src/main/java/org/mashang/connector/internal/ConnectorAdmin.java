package org.mashang.connector.internal;

import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Directory;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the administrator changes: which departments are external and how to reach them; failed hand-overs to try again. */
@Service
@RequiredArgsConstructor
public class ConnectorAdmin {

    private final ExternalDepartmentRepository departments;
    private final HandoverRepository handovers;
    private final Directory directory;
    private final Clock clock;

    /** The form's fields, as typed. */
    public record Settings(Long departmentId, String platformName, String endpoint, String apiKey, String jurisdictionId,
                           String defaultServiceCode, String serviceMapping, boolean active) {
    }

    @Transactional
    public void save(Settings s, String by) {
        DepartmentRef department = s.departmentId() == null ? null : directory.department(s.departmentId()).orElse(null);
        if (department == null) {
            throw new FieldProblem("departmentId", "请选择职能部门");
        }
        String name = required(s.platformName(), "platformName", "平台名称", 100);
        String endpoint = required(s.endpoint(), "endpoint", "接口地址", 500);
        if (!endpoint.matches("(?i)https?://[^\\s]+")) {
            throw new FieldProblem("endpoint", "接口地址须以 http:// 或 https:// 开头，如 https://12345.example.gov.cn/open311/v2");
        }
        String key = required(s.apiKey(), "apiKey", "对方发给本站的 api_key", 200);
        String code = required(s.defaultServiceCode(), "defaultServiceCode", "默认 service_code", 50);
        String jurisdiction = Texts.clean(s.jurisdictionId());
        if (jurisdiction != null && jurisdiction.length() > 50) {
            throw new FieldProblem("jurisdictionId", "jurisdiction_id 不能超过 50 个字符");
        }
        String mapping = s.serviceMapping() == null ? "" : s.serviceMapping().strip();
        for (String line : mapping.split("\\R")) {
            if (!line.isBlank() && !line.strip().matches("\\d+\\s*=\\s*\\S+")) {
                throw new FieldProblem("serviceMapping", "类别对照每行写“类别编号=对方的 service_code”，这一行不对：" + line.strip());
            }
        }
        if (mapping.length() > 4000) {
            throw new FieldProblem("serviceMapping", "类别对照太长");
        }
        departments.save(new ExternalDepartment(department.id(), name, endpoint, key, jurisdiction, code, mapping, s.active(),
                clock.instant(), by));
    }

    @Transactional(readOnly = true)
    public List<ExternalDepartment> externalDepartments() {
        return departments.all();
    }

    @Transactional(readOnly = true)
    public List<Handover> latestHandovers() {
        return handovers.latest(100);
    }

    /** A failed hand-over goes back to where it failed: to be posted, or to be followed. */
    @Transactional
    public void retry(long handoverId) {
        Handover h = handovers.find(handoverId).filter(x -> x.status() == Handover.Status.FAILED)
                .orElseThrow(() -> UserFacingException.notFound("没有这条失败的转办"));
        Handover.Status back = h.remoteId() == null && h.token() == null ? Handover.Status.PENDING : Handover.Status.SENT;
        handovers.update(h.id(), back, 0, clock.instant(), h.lastError(), h.token(), h.remoteId(), h.lastNote(), clock.instant());
    }

    private static String required(String raw, String field, String what, int max) {
        String v = Texts.clean(raw);
        if (v == null) {
            throw new FieldProblem(field, "请填写" + what);
        }
        if (v.length() > max) {
            throw new FieldProblem(field, what + "不能超过 " + max + " 个字符");
        }
        return v;
    }
}
