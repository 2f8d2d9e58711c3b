package org.mashang.notify.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.mashang.notify.RecipientKind;
import org.mashang.platform.Codes;
import org.mashang.platform.Phones;
import org.mashang.platform.TooManyRequests;
import org.mashang.platform.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that a resident holds a phone: a 6-digit code, sent through the outbox (SMS, or the dev inbox in the demo),
 * valid 5 minutes, with a limited number of tries, and rate limits per phone and per IP address kept in PostgreSQL so
 * they hold across instances. Codes are stored only as salted hashes.
 */
@Service
public class PhoneVerification {

    static final int CODE_LENGTH = 6;

    private final JdbcClient jdbc;
    private final Notifier notifier;
    private final NotifyProperties.Verification settings;
    private final Clock clock;

    PhoneVerification(JdbcClient jdbc, Notifier notifier, NotifyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.settings = properties.verification();
        this.clock = clock;
    }

    /**
     * @param outboxId the code's notification; the caller should deliver it right after this transaction commits
     *                 ({@link DeliveryWorker#deliverNow}): the resident is waiting for it
     */
    public record CodeRequest(String phone, Long outboxId) {
    }

    /**
     * Writes a new code for the phone to the outbox, unless the phone or the address asked too often.
     */
    @Transactional
    public CodeRequest requestCode(String rawPhone, String clientIp) {
        String phone = mobile(rawPhone);
        String ip = clientIp == null || clientIp.isBlank() ? "unknown" : Outbox.truncate(clientIp, 64);
        Instant now = clock.instant();
        // one request at a time per phone and per address, on any instance, so the counts below cannot be outrun
        lock("verify-phone:" + phone);
        lock("verify-ip:" + ip);
        if (count(AskedBy.PHONE, phone, now.minus(Duration.ofMinutes(1))) >= settings.perPhonePerMinute()) {
            throw new TooManyRequests("验证码已发送，请 1 分钟后再重新获取", Duration.ofMinutes(1));
        }
        if (count(AskedBy.PHONE, phone, now.minus(Duration.ofHours(1))) >= settings.perPhonePerHour()) {
            throw new TooManyRequests("这个手机号 1 小时内获取验证码的次数太多，请稍后再试", Duration.ofHours(1));
        }
        if (count(AskedBy.CLIENT_IP, ip, now.minus(Duration.ofHours(1))) >= settings.perIpPerHour()) {
            throw new TooManyRequests("获取验证码的次数太多，请 1 小时后再试", Duration.ofHours(1));
        }
        String code = Codes.digits(CODE_LENGTH);
        String salt = Codes.random(16);
        long id = jdbc.sql("""
                        insert into phone_verification (phone, code_hash, salt, client_ip, created_at, expires_at)
                        values (:phone, :hash, :salt, :ip, :now, :expires) returning id""")
                .param("phone", phone).param("hash", hash(salt, phone, code)).param("salt", salt).param("ip", ip)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(settings.codeValidity())))
                .query(Long.class).single();
        Recipient to = new Recipient(RecipientKind.RESIDENT, "phone-" + phone, null, phone, null, null);
        Optional<Long> outboxId = notifier.notify("verify:" + id, "verify-code", to,
                Map.of("code", code, "minutes", Long.toString(settings.codeValidity().toMinutes())), null, null);
        return new CodeRequest(phone, outboxId.orElse(null));
    }

    /**
     * Checks a code against the latest one sent to the phone.
     *
     * @return the verified, normalized phone number
     */
    @Transactional(noRollbackFor = UserFacingException.class)
    public String confirm(String rawPhone, String rawCode) {
        String phone = mobile(rawPhone);
        String code = rawCode == null ? "" : rawCode.strip();
        if (!code.matches("\\d{" + CODE_LENGTH + "}")) {
            throw UserFacingException.badRequest("请输入短信中的 6 位数字验证码");
        }
        Instant now = clock.instant();
        Pending p = jdbc.sql("""
                        select id, code_hash, salt, expires_at, attempts from phone_verification
                        where phone = :phone and verified_at is null order by created_at desc, id desc limit 1 for update""")
                .param("phone", phone)
                .query(Pending.class)
                .optional()
                .filter(v -> v.expiresAt().isAfter(now))
                .orElseThrow(() -> UserFacingException.badRequest("验证码已过期或还没有获取，请重新获取验证码"));
        if (p.attempts() >= settings.maxAttempts()) {
            throw tooManyTries();
        }
        if (MessageDigest.isEqual(p.codeHash().getBytes(StandardCharsets.UTF_8),
                hash(p.salt(), phone, code).getBytes(StandardCharsets.UTF_8))) {
            jdbc.sql("update phone_verification set verified_at = :now where id = :id")
                    .param("now", Timestamp.from(now)).param("id", p.id()).update();
            return phone;
        }
        int attempts = p.attempts() + 1;
        jdbc.sql("update phone_verification set attempts = :a where id = :id").param("a", attempts).param("id", p.id()).update();
        int left = settings.maxAttempts() - attempts;
        if (left <= 0) {
            throw tooManyTries();
        }
        throw UserFacingException.badRequest("验证码不正确，还可以再试 " + left + " 次");
    }

    private record Pending(long id, String codeHash, String salt, Instant expiresAt, int attempts) {
    }

    private static String mobile(String raw) {
        String phone = Phones.normalize(raw);
        if (!Phones.isMobile(phone)) {
            throw UserFacingException.badRequest("请填写 11 位手机号码（验证码通过短信发送，固定电话收不到）");
        }
        return phone;
    }

    private void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", key).query((rs, n) -> 1).list();
    }

    /** What the limits count the codes asked for by, each with its statement. */
    private enum AskedBy {
        PHONE("select count(*) from phone_verification where phone = :v and created_at > :since"),
        CLIENT_IP("select count(*) from phone_verification where client_ip = :v and created_at > :since");

        private final String statement;

        AskedBy(String statement) {
            this.statement = statement;
        }
    }

    private long count(AskedBy by, String value, Instant since) {
        return jdbc.sql(by.statement)
                .param("v", value).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    /** A new code can be asked for after a minute. */
    private static UserFacingException tooManyTries() {
        return new TooManyRequests("验证码输错次数太多，请重新获取验证码", Duration.ofMinutes(1));
    }

    static String hash(String salt, String phone, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + phone + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
