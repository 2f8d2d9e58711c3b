package org.mashang.dispatch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.platform.Csv;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A catalogue as CSV, to edit in a spreadsheet: 类别, 区域 (as named on the admin page, e.g. 万楼社区 › 第1区块),
 * 主办部门, 协办部门 (separated by 、), 期限（工作日）. Import adds or replaces lines and is all or nothing: one bad
 * row rejects the file, with every bad row's number and problem.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RoutingCsv {

    static final String HEADER = "类别,区域,主办部门,协办部门,期限（工作日）";
    static final int MAX_ROWS = 5000;

    private final RoutingRules catalogue;
    private final RoutingRuleRepository rules;
    private final Directory directory;

    @Transactional(readOnly = true)
    public String export(StaffUser admin, long ownerRegionId) {
        catalogue.owner(admin, ownerRegionId);
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (RoutingRules.Line l : catalogue.catalogue(ownerRegionId)) {
            out.append(String.join(",", List.of(cell(l.category().name()), cell(l.area().name()), cell(l.lead().name()),
                    cell(l.coHandlers().stream().map(DepartmentRef::name).collect(Collectors.joining("、"))),
                    String.valueOf(l.deadlineDays())))).append("\r\n");
        }
        return out.toString();
    }

    /** Imports the rows into the owner's catalogue; returns how many lines were added or replaced. */
    public int importRows(StaffUser admin, long ownerRegionId, String csv) {
        catalogue.owner(admin, ownerRegionId);
        List<List<String>> rows = Csv.rows(csv == null ? "" : csv.replace("\uFEFF", ""));
        if (rows.isEmpty() || !String.join(",", rows.get(0)).replace(" ", "").startsWith("类别,区域,主办部门")) {
            throw UserFacingException.badRequest("文件第一行应为表头：" + HEADER);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw UserFacingException.badRequest("一次最多导入 " + MAX_ROWS + " 行");
        }
        Map<String, Long> categories = ids(directory.activeCategories(), Ref::name, Ref::id);
        Map<String, Long> areas = ids(catalogue.areas(ownerRegionId), Ref::name, Ref::id);
        Map<String, Long> departments = ids(catalogue.departments(ownerRegionId), DepartmentRef::name, DepartmentRef::id);
        List<RoutingRule> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                checked.add(catalogue.checked(ownerRegionId, new RoutingRules.Input(
                        named(categories, at(row, 0), "类别"), named(areas, at(row, 1), "区域"), named(departments, at(row, 2), "主办部门"),
                        coHandlers(departments, at(row, 3)), days(at(row, 4)))));
            } catch (UserFacingException e) {
                problems.add("第 " + (i + 1) + " 行：" + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.badRequest("未导入，请改正后重新上传。" + String.join("；", problems.subList(0, Math.min(20, problems.size()))));
        }
        checked.forEach(r -> rules.upsert(r, admin.id()));
        return checked.size();
    }

    private static List<Long> coHandlers(Map<String, Long> departments, String cell) {
        List<Long> ids = new ArrayList<>();
        for (String name : cell.split("[、;；|]")) {
            if (!name.isBlank()) {
                ids.add(named(departments, name, "协办部门"));
            }
        }
        return ids;
    }

    private static Long named(Map<String, Long> ids, String name, String field) {
        Long id = ids.get(name.trim());
        if (id == null) {
            throw UserFacingException.badRequest(field + "「" + name.trim() + "」不存在或不在本辖区");
        }
        return id;
    }

    private static Integer days(String cell) {
        try {
            return Integer.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            throw UserFacingException.badRequest("期限应为 1 到 60 的工作日数");
        }
    }

    private static String at(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    private static <T> Map<String, Long> ids(List<T> items, Function<T, String> name, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(name, id, (a, b) -> a));
    }

    static String cell(String value) {
        return value.matches(".*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
