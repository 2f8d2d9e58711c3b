package org.mashang.notify.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.mashang.notify.RecipientKind;
import org.mashang.notify.internal.PhoneVerificationRepository.AskedBy;
import org.mashang.notify.internal.PhoneVerificationRepository.Pending;
import org.mashang.platform.Codes;
import org.mashang.platform.Phones;
import org.mashang.platform.TooManyRequests;
import org.mashang.platform.UserFacingException;
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

    private final PhoneVerificationRepository codes;
    private final Notifier notifier;
    private final NotifyProperties.Verification settings;
    private final Clock clock;

    PhoneVerification(PhoneVerificationRepository codes, Notifier notifier, NotifyProperties properties, Clock clock) {
        this.codes = codes;
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
        codes.lock("verify-phone:" + phone);
        codes.lock("verify-ip:" + ip);
        if (codes.countSince(AskedBy.PHONE, phone, now.minus(Duration.ofMinutes(1))) >= settings.perPhonePerMinute()) {
            throw new TooManyRequests("验证码已发送，请 1 分钟后再重新获取", Duration.ofMinutes(1));
        }
        if (codes.countSince(AskedBy.PHONE, phone, now.minus(Duration.ofHours(1))) >= settings.perPhonePerHour()) {
            throw new TooManyRequests("这个手机号 1 小时内获取验证码的次数太多，请稍后再试", Duration.ofHours(1));
        }
        if (codes.countSince(AskedBy.CLIENT_IP, ip, now.minus(Duration.ofHours(1))) >= settings.perIpPerHour()) {
            throw new TooManyRequests("获取验证码的次数太多，请 1 小时后再试", Duration.ofHours(1));
        }
        String code = Codes.digits(CODE_LENGTH);
        String salt = Codes.random(16);
        long id = codes.insert(phone, hash(salt, phone, code), salt, ip, now, now.plus(settings.codeValidity()));
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
        Pending p = codes.latestPending(phone)
                .filter(v -> v.expiresAt().isAfter(now))
                .orElseThrow(() -> UserFacingException.badRequest("验证码已过期或还没有获取，请重新获取验证码"));
        if (p.attempts() >= settings.maxAttempts()) {
            throw tooManyTries();
        }
        if (MessageDigest.isEqual(p.codeHash().getBytes(StandardCharsets.UTF_8),
                hash(p.salt(), phone, code).getBytes(StandardCharsets.UTF_8))) {
            codes.markVerified(p.id(), now);
            return phone;
        }
        int attempts = p.attempts() + 1;
        codes.setAttempts(p.id(), attempts);
        int left = settings.maxAttempts() - attempts;
        if (left <= 0) {
            throw tooManyTries();
        }
        throw UserFacingException.badRequest("验证码不正确，还可以再试 " + left + " 次");
    }

    private static String mobile(String raw) {
        String phone = Phones.normalize(raw);
        if (!Phones.isMobile(phone)) {
            throw UserFacingException.badRequest("请填写 11 位手机号码（验证码通过短信发送，固定电话收不到）");
        }
        return phone;
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
