package org.mashang.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.UserFacingException;
import java.time.Duration;
import org.mashang.platform.TtlCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The texts of notifications: filled in for the outbox, edited by administrators with their placeholders checked. */
@Service
@Transactional
@RequiredArgsConstructor
public class NotificationTemplates {

    public static final String FALLBACK_LOCALE = "zh-CN";
    public static final Set<String> LOCALES = Set.of("zh-CN", "en");
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 1000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final NotificationTemplateRepository templates;
    private final Clock clock;

    public record Template(long id, String templateKey, String locale, String subject, String body, Instant updatedAt,
                           String updatedBy) {

        public TemplateCatalog.Definition definition() {
            return TemplateCatalog.get(templateKey);
        }
    }

    public record Rendered(String subject, String body) {
    }

    @Transactional(readOnly = true)
    public List<Template> all() {
        return templates.all();
    }

    @Transactional(readOnly = true)
    public Optional<Template> find(long id) {
        return templates.find(id);
    }

    /** The template in the locale asked for, else in Chinese, with every placeholder replaced by its value. */
    @Transactional(readOnly = true)
    public Rendered render(String key, String locale, Map<String, String> params) {
        Template t = template(key, locale).or(() -> template(key, FALLBACK_LOCALE))
                .orElseThrow(() -> new IllegalStateException("no template " + key));
        return new Rendered(fill(t.subject(), params), fill(t.body(), params));
    }

    /** Templates are read for every notification and edited rarely: kept for a few seconds (edits here clear it). */
    private final TtlCache<String, Optional<Template>> cache = new TtlCache<>(Duration.ofSeconds(10));

    private Optional<Template> template(String key, String locale) {
        return cache.get(key + "|" + locale, k -> templates.find(key, locale));
    }

    static String fill(String text, Map<String, String> params) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Saves an administrator's edit, or changes nothing and says what is wrong with it. */
    public void save(long id, String subject, String body, String username) {
        Template t = find(id).orElseThrow(() -> UserFacingException.notFound("模板不存在"));
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.replace("\r\n", "\n").strip();
        TemplateCatalog.Definition d = t.definition();
        check("subject", "标题", s, MAX_SUBJECT, () -> problem(d, s, false));
        check("body", "正文", b, MAX_BODY, () -> problem(d, b, true));
        templates.update(id, s, b, clock.instant(), username);
        cache.clear();
    }

    /** A subject or body must be there, not too long, and its placeholders right (checked only when the rest is). */
    private static void check(String field, String name, String text, int max, Supplier<Optional<String>> placeholders) {
        if (text.isEmpty()) {
            throw new FieldProblem(field, "请填写" + name);
        }
        if (text.length() > max) {
            throw new FieldProblem(field, name + "不能超过 " + max + " 个字");
        }
        placeholders.get().ifPresent(p -> {
            throw new FieldProblem(field, p);
        });
    }

    /** What is wrong with the placeholders of a text, in words an administrator understands; empty when nothing. */
    static Optional<String> problem(TemplateCatalog.Definition d, String text, boolean checkRequired) {
        Matcher m = PLACEHOLDER.matcher(text);
        Set<String> used = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            used.add(m.group(1));
            rest.append(text, last, m.start());
            last = m.end();
        }
        rest.append(text.substring(last));
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            return Optional.of("花括号不成对：占位符应写成 {ticket} 这样，一对花括号中间是占位符的名称");
        }
        List<String> unknown = used.stream().filter(u -> !d.allowed().contains(u)).toList();
        if (!unknown.isEmpty()) {
            return Optional.of("未知的占位符 " + braces(unknown) + "。这个模板可以使用的占位符有：" + braces(sorted(d.allowed())));
        }
        if (checkRequired) {
            List<String> missing = sorted(d.required()).stream().filter(r -> !used.contains(r)).toList();
            if (!missing.isEmpty()) {
                return Optional.of("正文必须包含占位符 " + braces(missing) + "（" + missing.stream()
                        .map(TemplateCatalog.PLACEHOLDERS::get).collect(Collectors.joining("、")) + "）");
            }
        }
        return Optional.empty();
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }

    private static String braces(List<String> names) {
        return names.stream().map(n -> "{" + n + "}").collect(Collectors.joining("、"));
    }
}
