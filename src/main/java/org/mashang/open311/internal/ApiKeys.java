package org.mashang.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Codes;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.RateLimits;
import org.mashang.platform.Texts;
import org.mashang.platform.TooManyRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys of the platforms that may post service requests. A key is 40 random characters, so a plain SHA-256 of it is
 * enough to find it again without keeping it; each key has its own hourly limit.
 */
@Service
@RequiredArgsConstructor
public class ApiKeys {

    static final int MAX_HOURLY_LIMIT = 100_000;

    private final ApiKeyRepository keys;
    private final RateLimits limits;
    private final Clock clock;

    /** The new key, to be shown once. */
    public record Issued(ApiKey key, String secret) {
    }

    @Transactional
    public Issued issue(String name, Integer hourlyLimit, String issuedBy) {
        String clean = Texts.clean(name);
        if (clean == null || clean.length() > 100) {
            throw new FieldProblem("name", clean == null ? "请填写使用这个密钥的平台名称" : "名称不能超过 100 个字");
        }
        if (hourlyLimit == null || hourlyLimit < 1 || hourlyLimit > MAX_HOURLY_LIMIT) {
            throw new FieldProblem("hourlyLimit", "每小时上限须在 1 到 " + MAX_HOURLY_LIMIT + " 之间");
        }
        String secret = "ms311_" + Codes.random(40);
        long id = keys.insert(clean, hash(secret), hourlyLimit, issuedBy, clock.instant());
        return new Issued(keys.find(id).orElseThrow(), secret);
    }

    @Transactional
    public boolean revoke(long id) {
        return keys.revoke(id, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<ApiKey> all() {
        return keys.all();
    }

    /**
     * The key of a post: 403 when missing, unknown or revoked, 429 when over its hourly limit; notes when it was used.
     */
    @Transactional
    public ApiKey authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new Open311Error(403, "缺少 api_key：提交诉求须带上本站发给贵平台的密钥");
        }
        ApiKey key = keys.byHash(hash(secret.strip()))
                .orElseThrow(() -> new Open311Error(403, "api_key 无效，无法提交诉求"));
        if (key.revoked()) {
            throw new Open311Error(403, "这个 api_key 已被吊销，无法提交诉求");
        }
        try {
            limits.take("open311-key", Long.toString(key.id()), key.hourlyLimit(), Duration.ofHours(1),
                    "这个 api_key 每小时最多提交 " + key.hourlyLimit() + " 条，请 {wait}后再试");
        } catch (TooManyRequests e) {
            throw new Open311Error(429, e.getMessage(), e.retryAfterSeconds());
        }
        keys.used(key.id(), clock.instant());
        return key;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
