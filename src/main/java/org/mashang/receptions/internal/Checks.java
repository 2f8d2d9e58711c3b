package org.mashang.receptions.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.DeputyCard;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Texts;

/** Checks shared by receptions and activities, each naming the form field it is about. */
final class Checks {

    /** How far back a reception or an activity can be recorded. */
    static final int YEARS_BACK = 2;

    private Checks() {
    }

    /** Something that took place: not in the future, not longer ago than {@link #YEARS_BACK} years. */
    static LocalDate pastDay(LocalDate day, LocalDate today) {
        if (day == null) {
            throw new FieldProblem("day", "请填写日期");
        }
        if (day.isAfter(today)) {
            throw new FieldProblem("day", "不能记录今天以后的日期");
        }
        if (day.isBefore(today.minusYears(YEARS_BACK))) {
            throw new FieldProblem("day", "只能记录 " + YEARS_BACK + " 年以内的日期");
        }
        return day;
    }

    static int count(Integer value, int max, String field, String what) {
        if (value == null) {
            throw new FieldProblem(field, "请填写" + what + "（没有请填 0）");
        }
        if (value < 0 || value > max) {
            throw new FieldProblem(field, what + "应在 0 到 " + max + " 之间");
        }
        return value;
    }

    /** The deputies present: at least one, all of the station (serving or not: the day may lie back in their term). */
    static List<Long> deputies(List<Long> ids, List<DeputyCard> ofStation) {
        if (ids == null || ids.isEmpty()) {
            throw new FieldProblem("deputyIds", "请选择到场的代表");
        }
        Set<Long> known = new HashSet<>(ofStation.stream().map(DeputyCard::id).toList());
        if (!known.containsAll(ids)) {
            throw new FieldProblem("deputyIds", "只能选择本联络站的代表");
        }
        return ids.stream().distinct().toList();
    }

    /** A deputy (not committee staff) records only what they took part in: they must be among those present. */
    static void includesSelf(StaffUser user, List<Long> present) {
        if (!StationAccess.isCommittee(user) && user.deputyId() != null && !present.contains(user.deputyId())) {
            throw new FieldProblem("deputyIds", "代表只能记录自己参加的接待和活动，请勾选您自己");
        }
    }

    /** Optional text, trimmed, at most {@code max} characters. */
    static String text(String raw, int max, String field, String what) {
        String text = Texts.clean(raw);
        if (text != null && text.length() > max) {
            throw new FieldProblem(field, what + "不能超过 " + max + " 个字");
        }
        return text;
    }

    static String requiredText(String raw, int max, String field, String what) {
        String text = text(raw, max, field, what);
        if (text == null) {
            throw new FieldProblem(field, "请填写" + what);
        }
        return text;
    }
}
