package org.mashang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Every test class says which layer it belongs to, so {@code ./mvnw test -Dgroups=unit} runs exactly the fast ones and
 * the browser tests run in the integration phase: a test class without a layer (or with two) fails here.
 */
@UnitTest
class TestLayersTests {

    static final Set<String> LAYERS = Set.of("unit", "integration", "browser");

    @Test
    void everyTestClassIsInExactlyOneLayerAndUnitTestsBootNoSpring() throws Exception {
        List<Class<?>> classes = testClasses();
        assertThat(classes).as("test classes found").hasSizeGreaterThan(50);
        Set<String> problems = new TreeSet<>();
        for (Class<?> type : classes) {
            Set<String> layers = layersOf(type);
            boolean spring = MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                    .isPresent(SpringBootTest.class);
            if (layers.size() != 1) {
                problems.add(type.getName() + " is in layers " + layers + ": mark it @UnitTest, @IntegrationTest, "
                        + "@BrowserTest (or @Tag one of " + LAYERS + ")");
            } else if (layers.contains("unit") && spring) {
                problems.add(type.getName() + " boots Spring but is marked a unit test");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckSeesLayersThroughComposedAnnotations() {
        assertThat(layersOf(TestLayersTests.class)).containsExactly("unit");
        assertThat(layersOf(AuthorizationTests.class)).containsExactly("integration");
        assertThat(layersOf(Unmarked.class)).isEmpty();
    }

    static Set<String> layersOf(Class<?> type) {
        Set<String> layers = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            AnnotationSupport.findRepeatableAnnotations(c, Tag.class).stream().map(Tag::value)
                    .filter(LAYERS::contains).forEach(layers::add);
        }
        return layers;
    }

    /** Top-level, concrete classes of the test sources holding at least one test method. */
    static List<Class<?>> testClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(TestLayersTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, TestLayersTests.class.getClassLoader());
                if (!type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers()) && hasTests(type)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    static boolean hasTests(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (AnnotationSupport.isAnnotated(method, Testable.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A class no layer claims, for the check above. */
    static class Unmarked {
    }
}
