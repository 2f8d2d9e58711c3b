package org.mashang.accounts.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.Codes;
import org.mashang.platform.ServerSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo accounts come with the demo data under a password published in the source code. On start, while the demo
 * is on, every account still holding that password gets this installation's own random demo password instead
 * ({@code demo-password} in the server secrets, printed in the log when it is given to the accounts, and shown on the
 * sign-in page while {@code MASHANG_DEMO} is on). {@code mashang.demo.password} sets a known one (tests).
 */
@Component
public class DemoPasswords implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswords.class);
    /** The BCrypt hash in db/demo/R__demo_data.sql: of a password anyone can read there. */
    static final String PUBLISHED_HASH = "{bcrypt}$2a$10$emuDqxZswXrYmntSu.Fqi.Kj1PzPk1lUNDVbXhyQk6DWXO6r3lmKq";

    private final boolean enabled;
    private final String configured;
    private final ServerSecrets secrets;
    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private volatile @Nullable String demoPassword;
    private volatile @Nullable Optional<String> shown;

    DemoPasswords(@Value("${mashang.demo.enabled:true}") boolean enabled, @Value("${mashang.demo.password:}") String configured,
                  ServerSecrets secrets, StaffUserRepository users, PasswordEncoder encoder) {
        this.enabled = enabled;
        this.configured = configured;
        this.secrets = secrets;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        String password = StringUtils.hasText(configured) ? configured : secrets.get("demo-password", () -> "demo-" + Codes.random(10));
        // hashing is deliberately slow: done on start only while some account still has the published password
        if (users.anyWithPasswordHash(PUBLISHED_HASH)) {
            int replaced = users.replacePasswordHash(PUBLISHED_HASH, encoder.encode(password));
            if (replaced > 0) {
                log.info("""

                        ==========================================================================
                          Demo accounts (admin, shenhe, jiaoban, daibiao01 …): password {}
                          It is shown on the sign-in page while MASHANG_DEMO is on. For real use,
                          start with MASHANG_DEMO=false and an empty database.
                        ==========================================================================""", password);
            }
        }
        demoPassword = password;
        shown = null;
    }

    /** The demo password, while the demo is on and its admin really signs in with it (checked once, on first asking). */
    public Optional<String> shownPassword() {
        String password = demoPassword;
        if (password == null) {
            return Optional.empty();
        }
        Optional<String> known = shown;
        if (known == null) {
            known = users.passwordHash("admin").filter(hash -> encoder.matches(password, hash)).map(h -> password);
            shown = known;
        }
        return known;
    }
}
