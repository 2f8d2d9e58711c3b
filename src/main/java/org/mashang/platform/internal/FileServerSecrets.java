package org.mashang.platform.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.function.Supplier;
import org.mashang.platform.ServerSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** {@link ServerSecrets} from properties, else from a file of their own (mode 0600) kept outside the database. */
@Component
class FileServerSecrets implements ServerSecrets {

    private static final Logger log = LoggerFactory.getLogger(FileServerSecrets.class);

    private final Environment environment;
    private final Path file;

    FileServerSecrets(Environment environment, @Value("${mashang.secrets.file:}") String file,
                      @Value("${mashang.embedded.data-dir:./data/pg}") String dataDir) {
        this.environment = environment;
        this.file = StringUtils.hasText(file) ? Path.of(file).toAbsolutePath() : defaultFile(dataDir);
    }

    /** Next to the database's folder, not in it: the database server can read files of its own folder. */
    static Path defaultFile(String dataDir) {
        Path cluster = Path.of(dataDir).toAbsolutePath().normalize();
        return (cluster.getParent() == null ? cluster : cluster.getParent()).resolve("secrets.properties");
    }

    Path file() {
        return file;
    }

    @Override
    public String find(String name) {
        String configured = environment.getProperty("mashang.secrets." + name);
        if (StringUtils.hasText(configured)) {
            return configured.strip();
        }
        synchronized (FileServerSecrets.class) {
            return read().getProperty(name);
        }
    }

    @Override
    public String get(String name, Supplier<String> generator) {
        String found = find(name);
        if (found != null) {
            return found;
        }
        synchronized (FileServerSecrets.class) {
            Properties secrets = read();
            String value = secrets.getProperty(name);
            if (value == null) {
                value = generator.get();
                secrets.setProperty(name, value);
                write(secrets);
                log.info("Generated the server secret '{}' and kept it in {}", name, file);
            }
            return value;
        }
    }

    private Properties read() {
        Properties secrets = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                secrets.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the server secrets in " + file, e);
            }
        }
        return secrets;
    }

    /** Written to a new file readable by its owner only, then moved over the old one, so no reader sees half a file. */
    private void write(Properties secrets) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(next);
            Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                secrets.store(out, "Mashang server secrets: keep them with the database's backups but never in it. Lost keys make "
                        + "every query code and the timeline's seals unverifiable; see README, Security and privacy.");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the server secrets to " + file, e);
        }
    }
}
