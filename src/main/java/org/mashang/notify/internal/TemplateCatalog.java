package org.mashang.notify.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every notification the application sends: its template key, what it is for, and the placeholders its
 * text may use and must use. The texts themselves are in the database, edited by administrators.
 */
public final class TemplateCatalog {

    /**
     * @param sensitive the text carries a secret (a one-time code): removed from the outbox once delivered
     */
    public record Definition(String key, String description, Set<String> allowed, Set<String> required, boolean sensitive) {
    }

    /** What each placeholder stands for, shown next to the template editor. */
    public static final Map<String, String> PLACEHOLDERS = Map.ofEntries(
            Map.entry("ticket", "受理编号"),
            Map.entry("link", "链接：群众为查询进度页面（不含查询码），工作人员为工作台页面"),
            Map.entry("deputyName", "代表姓名"),
            Map.entry("reason", "不予受理的理由"),
            Map.entry("reply", "答复内容（过长时截断）"),
            Map.entry("department", "职能部门名称"),
            Map.entry("dueAt", "办理期限"),
            Map.entry("stage", "办理环节，如“代表首次答复”"),
            Map.entry("decision", "延期申请的结果：已同意 / 未同意"),
            Map.entry("responsible", "逾期的责任方：代表或部门"),
            Map.entry("committee", "转送来的人大工委（常委会）"),
            Map.entry("code", "验证码"),
            Map.entry("minutes", "验证码有效分钟数"),
            Map.entry("count", "留言条数"));

    private static final Map<String, Definition> ALL = new LinkedHashMap<>();

    static {
        resident("resident-received", "群众：留言已收到（受理编号和查询链接，不含查询码）");
        resident("resident-accepted", "群众：留言已受理", "deputyName");
        add(new Definition("resident-rejected", "群众：留言未予受理（附理由）", Set.of("ticket", "link", "reason"),
                Set.of("ticket", "link", "reason"), false));
        resident("resident-replied", "群众：代表已答复", "deputyName", "reply");
        resident("resident-dispatched", "群众：已交办部门办理");
        resident("resident-closed", "群众：已办结（附答复），请评价", "deputyName", "reply");
        resident("resident-evaluate", "群众：提醒评价办理结果");
        resident("resident-proposal", "群众：已转为代表建议", "deputyName");
        resident("resident-merged", "群众：与其他留言合并办理");
        add(new Definition("verify-code", "群众：手机验证码", Set.of("code", "minutes"), Set.of("code"), true));
        staff("deputy-new-case", "代表：新留言待答复");
        staff("deputy-feedback-complete", "代表：部门已全部反馈，请答复群众");
        staff("case-reopened", "代表、交办员：留言重办");
        staff("department-new-assignment", "部门：新的交办任务", "department", "dueAt");
        add(new Definition("department-extension-decided", "部门：延期申请结果",
                Set.of("ticket", "link", "decision", "dueAt", "department"), Set.of("ticket", "decision"), false));
        staff("dispatcher-dispatch-requested", "交办员：代表提请交办", "deputyName");
        add(new Definition("dispatcher-returned", "交办员：部门退回", Set.of("ticket", "link", "department"),
                Set.of("ticket", "department"), false));
        staff("dispatcher-transferred", "交办员：下级转送来的留言（本辖区无法解决）", "committee");
        add(new Definition("dispatcher-extension-requested", "交办员：部门申请延期", Set.of("ticket", "link", "department"),
                Set.of("ticket", "department"), false));
        add(new Definition("deadline-due-soon", "代表、部门、审核员：期限将到", Set.of("ticket", "link", "stage", "dueAt"),
                Set.of("ticket", "stage"), false));
        add(new Definition(ReviewsDueSoon.TEMPLATE, "审核员：多条留言审核期限将到（每次巡查每个街道一条，链接为待审核列表）",
                Set.of("count", "link", "dueAt"), Set.of("count"), false));
        add(new Definition("deadline-overdue", "代表、部门：已逾期", Set.of("ticket", "link", "stage", "dueAt"),
                Set.of("ticket", "stage"), false));
        add(new Definition("deadline-escalation", "交办员、人大工委负责人：逾期督办",
                Set.of("ticket", "link", "stage", "dueAt", "responsible"), Set.of("ticket", "stage"), false));
    }

    private TemplateCatalog() {
    }

    /** Residents' texts must carry the ticket and the link to the tracking page. */
    private static void resident(String key, String description, String... more) {
        Set<String> allowed = new java.util.HashSet<>(List.of("ticket", "link"));
        allowed.addAll(List.of(more));
        add(new Definition(key, description, Set.copyOf(allowed), Set.of("ticket", "link"), false));
    }

    private static void staff(String key, String description, String... more) {
        Set<String> allowed = new java.util.HashSet<>(List.of("ticket", "link"));
        allowed.addAll(List.of(more));
        add(new Definition(key, description, Set.copyOf(allowed), Set.of("ticket"), false));
    }

    private static void add(Definition d) {
        ALL.put(d.key(), d);
    }

    public static Optional<Definition> find(String key) {
        return Optional.ofNullable(ALL.get(key));
    }

    public static Definition get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no template " + key));
    }

    public static List<Definition> all() {
        return List.copyOf(ALL.values());
    }
}
