package org.mashang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the application is {@code @NullMarked} (JSpecify): what may be null says so with {@code @Nullable},
 * and a new package cannot leave it out (the annotation does not reach sub-packages by itself).
 */
@UnitTest
class NullMarkedTests {

    @Test
    void everyPackageWithClassesIsNullMarked() throws IOException {
        Path root = Path.of("src/main/java/org/mashang");
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(root)) {
            packages = dirs.filter(Files::isDirectory).filter(NullMarkedTests::holdsClasses).toList();
        }
        assertThat(packages).hasSizeGreaterThan(30);
        assertThat(packages).allSatisfy(dir -> assertThat(dir.resolve("package-info.java"))
                .as("package-info of %s", dir).exists().content().contains("@NullMarked"));
    }

    static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
