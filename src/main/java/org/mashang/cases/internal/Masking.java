package org.mashang.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Hides personal data in text shown to the public: mobile and landline numbers, ID-card numbers, e-mail addresses
 * and the name the resident gave. People write these in many ways (full-width digits, Chinese numerals, spaces,
 * dots, +86), so the text is first normalised character by character (the normalised copy has the same length, so
 * every match maps back to the same span of the original), numbers are read across separators, and only then
 * matched. Ordinary numbers (dates, amounts, ticket numbers, "3号楼2单元") have the wrong length or shape and stay.
 */
public final class Masking {

    /** Between two digit groups of one number: a space, dash, dot, slash, underscore or bracket, at most three. */
    private static final String SEPARATORS = " \t-._/()";
    private static final int MAX_SEPARATOR = 3;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** A local landline number (no area code) is only taken for one when the text says it is a phone number. */
    private static final Pattern PHONE_WORD = Pattern.compile("(电话|座机|手机|联系|致电|拨打|号码|热线|tel|TEL|Tel)[^0-9]{0,4}$");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
            "令狐", "夏侯", "长孙", "宇文", "司徒", "端木", "申屠", "轩辕", "西门", "南宫", "独孤", "百里", "呼延");
    private static final List<String> TITLES = List.of("女士", "先生", "小姐", "阿姨", "大爷", "大妈", "奶奶", "爷爷", "老师", "师傅",
            "大姐", "大哥", "同志");
    private static final String NAME_GAP = "[\\s\\u3000·.•]*";

    private Masking() {
    }

    /**
     * @param names the names the resident gave (the full name, the given name alone and any spacing are masked)
     * @return the text with personal data replaced by stars
     */
    public static String mask(String text, String... names) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char[] norm = normalise(text);
        String n = new String(norm);
        List<Span> spans = new ArrayList<>();
        emails(text, n, spans);
        numbers(n, spans);
        for (String name : names) {
            names(n, name, spans);
        }
        return apply(text, spans);
    }

    /** Full-width forms to ASCII, Chinese numerals to digits, dashes and dots to their ASCII forms; one char for one. */
    static char[] normalise(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                out[i] = ' ';
            } else if ("〇零".indexOf(c) >= 0) {
                out[i] = '0';
            } else {
                int digit = "一二三四五六七八九".indexOf(c);
                if (digit < 0) {
                    digit = "壹贰叁肆伍陆柒捌玖".indexOf(c);
                }
                if (digit >= 0) {
                    out[i] = (char) ('1' + digit);
                } else if (c == '幺') {
                    out[i] = '1';
                } else if ("‐‑‒–—―".indexOf(c) >= 0) {
                    out[i] = '-';
                } else if ("·•・".indexOf(c) >= 0) {
                    out[i] = '.';
                }
            }
        }
        return out;
    }

    private static void emails(String text, String n, List<Span> spans) {
        Matcher m = EMAIL.matcher(n);
        while (m.find()) {
            String found = text.substring(m.start(), m.end());
            int at = m.group().indexOf('@');
            spans.add(new Span(m.start(), m.end(), found.charAt(0) + "***" + found.substring(at)));
        }
    }

    private record Group(int start, int end, String digits) {
    }

    private static void numbers(String n, List<Span> spans) {
        int i = 0;
        while (i < n.length()) {
            if (!isDigit(n.charAt(i))) {
                i++;
                continue;
            }
            List<Group> groups = new ArrayList<>();
            int pos = i;
            while (true) {
                int start = pos;
                while (pos < n.length() && isDigit(n.charAt(pos))) {
                    pos++;
                }
                groups.add(new Group(start, pos, n.substring(start, pos)));
                int sep = pos;
                while (sep < n.length() && sep - pos < MAX_SEPARATOR && SEPARATORS.indexOf(n.charAt(sep)) >= 0) {
                    sep++;
                }
                if (sep > pos && sep < n.length() && isDigit(n.charAt(sep))) {
                    pos = sep;
                } else {
                    break;
                }
            }
            maskGroups(n, groups, spans);
            i = pos;
        }
    }

    /** Tries the longest number that starts at each group first, so "86 138 1234 5678" is one number, not two. */
    private static void maskGroups(String n, List<Group> groups, List<Span> spans) {
        int i = 0;
        while (i < groups.size()) {
            int matched = -1;
            for (int j = groups.size() - 1; j >= i && matched < 0; j--) {
                StringBuilder digits = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    digits.append(groups.get(k).digits());
                }
                if (digits.length() > 20) {
                    continue;
                }
                int end = groups.get(j).end();
                boolean checkX = end < n.length() && (n.charAt(end) == 'X' || n.charAt(end) == 'x')
                        && (end + 1 == n.length() || !Character.isLetterOrDigit(n.charAt(end + 1)));
                String masked = classify(digits.toString(), checkX ? n.charAt(end) : 0,
                        i == 0 && PHONE_WORD.matcher(n.substring(Math.max(0, groups.get(0).start() - 8), groups.get(0).start())).find());
                if (masked != null) {
                    int start = groups.get(i).start();
                    if (start > 0 && (n.charAt(start - 1) == '+' || n.charAt(start - 1) == '(')) {
                        start--;
                    }
                    if (masked.endsWith("X") || masked.endsWith("x")) {
                        end++;
                    }
                    spans.add(new Span(start, end, masked));
                    matched = j;
                }
            }
            i = matched >= 0 ? matched + 1 : i + 1;
        }
    }

    /** @return the masked form of a number that is personal data, or null for an ordinary number */
    static @Nullable String classify(String d, char checkX, boolean saidToBePhone) {
        if (checkX != 0 && d.length() == 17 && isIdNumber(d + 'X')) {
            return d.substring(0, 4) + "*".repeat(10) + d.substring(14) + checkX;
        }
        if (isMobile(d)) {
            return d.substring(0, 3) + "****" + d.substring(7);
        }
        if ((d.startsWith("86") && isMobile(d.substring(2))) || (d.startsWith("0086") && isMobile(d.substring(4)))) {
            String m = d.substring(d.length() - 11);
            return m.substring(0, 3) + "****" + m.substring(7);
        }
        if (isIdNumber(d)) {
            return d.substring(0, 4) + "*".repeat(d.length() - 8) + d.substring(d.length() - 4);
        }
        int area = areaCodeLength(d);
        if (area > 0) {
            return d.substring(0, area) + "-****" + d.substring(d.length() - 4);
        }
        if (saidToBePhone && d.length() >= 7 && d.length() <= 8 && d.charAt(0) >= '2') {
            return "****" + d.substring(d.length() - 4);
        }
        return null;
    }

    private static boolean isMobile(String d) {
        return d.length() == 11 && d.charAt(0) == '1' && d.charAt(1) >= '3';
    }

    /** 010 and 02x have three digits, other area codes four; the local number has 7 or 8 digits and does not start with 0 or 1. */
    private static int areaCodeLength(String d) {
        if (d.length() < 10 || d.length() > 12 || d.charAt(0) != '0') {
            return 0;
        }
        int area = d.charAt(1) == '1' || d.charAt(1) == '2' ? 3 : 4;
        if (d.charAt(1) == '0' || (d.charAt(1) == '1' && d.charAt(2) != '0')) {
            return 0;
        }
        int local = d.length() - area;
        return local >= 7 && local <= 8 && d.charAt(area) >= '2' ? area : 0;
    }

    /** 18 digits (the last may be X) or the old 15, starting with a region digit and carrying a plausible birth date. */
    private static boolean isIdNumber(String d) {
        String birth;
        if (d.length() == 18) {
            birth = d.substring(6, 14);
            if (!(birth.startsWith("18") || birth.startsWith("19") || birth.startsWith("20"))) {
                return false;
            }
            birth = birth.substring(2);
        } else if (d.length() == 15) {
            birth = d.substring(6, 12);
        } else {
            return false;
        }
        if (d.charAt(0) < '1' || d.charAt(0) > '8') {
            return false;
        }
        int month = Integer.parseInt(birth.substring(2, 4));
        int day = Integer.parseInt(birth.substring(4, 6));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static void names(String n, String name, List<Span> spans) {
        if (name == null) {
            return;
        }
        String full = name.replaceAll("[\\s\\u3000]+", "");
        if (full.length() < 2) {
            return;
        }
        mark(n, full, full.substring(0, 1) + "*".repeat(full.length() - 1), spans);
        String given = givenName(full);
        if (given != null) {
            mark(n, given, "*".repeat(given.length()), spans);
        }
    }

    /** The given name of a Chinese name of at least two characters after the surname; none for "王女士" or "老王". */
    static String givenName(String full) {
        if (!full.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return null;
        }
        if (TITLES.stream().anyMatch(full::endsWith)) {
            return null;
        }
        int surname = COMPOUND_SURNAMES.stream().anyMatch(full::startsWith) ? 2 : 1;
        String given = full.substring(surname);
        return given.length() >= 2 ? given : null;
    }

    private static void mark(String n, String word, String replacement, List<Span> spans) {
        StringBuilder regex = new StringBuilder();
        new String(normalise(word)).codePoints().forEach(c -> {
            if (!regex.isEmpty()) {
                regex.append(NAME_GAP);
            }
            regex.append(Pattern.quote(new String(Character.toChars(c))));
        });
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(n);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), replacement));
        }
    }

    private record Span(int start, int end, String replacement) {
    }

    /** Replaces the spans found first; a span overlapping one already taken (digits inside an e-mail address) is dropped. */
    private static String apply(String text, List<Span> found) {
        List<Span> taken = new ArrayList<>();
        for (Span s : found) {
            if (taken.stream().noneMatch(t -> s.start() < t.end() && t.start() < s.end())) {
                taken.add(s);
            }
        }
        taken.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (Span s : taken) {
            out.append(text, pos, s.start()).append(s.replacement());
            pos = s.end();
        }
        return out.append(text.substring(pos)).toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
