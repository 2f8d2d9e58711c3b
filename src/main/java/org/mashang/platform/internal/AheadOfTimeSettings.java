package org.mashang.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * The settings that decide which parts of the application exist (an external database or the embedded one, a read
 * replica, mail, a separate management port, the schedulers). A start prepared ahead of time ({@code bin/fast-start},
 * Spring AOT) fixes those parts when it is prepared; started later under other such settings it would quietly run the
 * wrong ones (say, the embedded database although an external one is configured). So the preparation records them and
 * a prepared start refuses to run under different ones, naming what changed. Secrets are recorded as set or not,
 * never by value.
 */
final class AheadOfTimeSettings {

    static final String RESOURCE = "META-INF/mashang/ahead-of-time-settings.properties";

    /** Whole groups whose presence decides parts of the application. */
    private static final List<String> PREFIXES = List.of("spring.datasource.", "spring.mail.", "spring.profiles.",
            "spring.session.", "management.server.", "management.endpoints.", "management.endpoint.");
    /** Single switches, recorded with their values. */
    private static final Set<String> SWITCHES = Set.of("mashang.deadlines.scan-enabled", "mashang.notify.delivery.scheduled",
            "spring.main.lazy-initialization");

    private AheadOfTimeSettings() {
    }

    /** What decides the parts, as recorded: name → value for switches and plain values, "set" for the rest. */
    static Properties of(Environment environment) {
        TreeMap<String, String> settings = new TreeMap<>();
        for (String name : names(environment)) {
            String value = environment.getProperty(name);
            if (value != null) {
                settings.put(name, SWITCHES.contains(name) || value.matches("true|false|\\d{1,6}")
                        || name.startsWith("management.endpoints.") ? value : "set");
            }
        }
        Properties properties = new Properties();
        properties.putAll(settings);
        return properties;
    }

    /** The names of the settings that differ between the two records, sorted. */
    static List<String> differences(Properties prepared, Properties now) {
        TreeSet<String> names = new TreeSet<>(prepared.stringPropertyNames());
        names.addAll(now.stringPropertyNames());
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            if (!String.valueOf(prepared.getProperty(name)).equals(String.valueOf(now.getProperty(name)))) {
                differing.add(name);
            }
        }
        return differing;
    }

    private static Set<String> names(Environment environment) {
        Set<String> names = new TreeSet<>();
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return names;
        }
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(configurable)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().map(ConfigurationPropertyName::toString)
                        .filter(name -> SWITCHES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith))
                        .forEach(names::add);
            }
        }
        return names;
    }

    /** While the build prepares the start ahead of time: records the settings in effect with the prepared code. */
    static class Recorder implements BeanFactoryInitializationAotProcessor {

        @Override
        public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
            Properties settings = of(beanFactory.getBean(Environment.class));
            return (generationContext, code) -> {
                StringWriter text = new StringWriter();
                try {
                    settings.store(text, "settings in effect when bin/fast-start prepared this start");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                generationContext.getGeneratedFiles().addResourceFile(RESOURCE, text.toString());
            };
        }
    }

    /** On a start prepared ahead of time: refuses to run under other deciding settings than it was prepared for. */
    static class Check implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (!AotDetector.useGeneratedArtifacts()) {
                return;
            }
            Properties prepared = recorded(event.getSpringApplication().getClassLoader());
            if (prepared == null) {
                return;
            }
            List<String> changed = differences(prepared, of(event.getEnvironment()));
            if (!changed.isEmpty()) {
                throw new IllegalStateException("This start was prepared ahead of time (bin/fast-start) under other settings: "
                        + String.join(", ", changed) + ". Run bin/fast-start again with the settings it will run with,"
                        + " or start without -Dspring.aot.enabled=true.");
            }
        }

        private static @Nullable Properties recorded(ClassLoader classLoader) {
            try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return null;
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
