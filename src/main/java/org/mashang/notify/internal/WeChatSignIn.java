package org.mashang.notify.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Codes;
import org.mashang.platform.CookieSeal;
import org.mashang.platform.RateLimits;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.VerifiedPhone;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A resident signs in with WeChat (web authorization, scope {@code snsapi_base}: silent, openid only). The first time,
 * their WeChat is not linked yet: they verify their phone once by code, and from then on WeChat alone opens /my. The
 * state sent to WeChat is kept in the session and must come back unchanged; the openid waiting for its phone is kept
 * sealed in the session, never shown and never put in a URL of ours.
 */
@Service
@RequiredArgsConstructor
public class WeChatSignIn {

    static final String STATE = "mashang.wechat.state";
    static final String PENDING = "mashang.wechat.pending";
    static final int SIGN_INS_PER_ADDRESS_PER_HOUR = 30;

    private final WeChatProperties properties;
    private final NotifyProperties notify;
    private final WeChatApi api;
    private final WeChatLinks links;
    private final CookieSeal seal;
    private final RateLimits limits;
    private final Clock clock;

    public enum Outcome {
        /** the WeChat is linked: the session now proves the phone */
        SIGNED_IN,
        /** not linked yet: the resident verifies their phone once */
        VERIFY_PHONE
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** Where to send the resident: WeChat's authorization page, which comes back to /wechat/callback with a code. */
    public String authorizeUrl(HttpServletRequest request) {
        requireEnabled();
        limits.take("wechat-signin", request.getRemoteAddr(), SIGN_INS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1),
                "这个网络 1 小时内微信登录的次数太多，请 {wait}后再试。");
        String state = Codes.random(32);
        request.getSession(true).setAttribute(STATE, state);
        // WeChat wants the redirect URI fully URL-encoded, and the fragment, whether opened directly or by a redirect
        return properties.open("/connect/oauth2/authorize") + "?appid=" + encode(properties.appId())
                + "&redirect_uri=" + encode(notify.link("/wechat/callback"))
                + "&response_type=code&scope=snsapi_base&state=" + state + "#wechat_redirect";
    }

    /** WeChat sent the resident back: checks the state, exchanges the code for the openid, signs in or asks for the phone. */
    public Outcome callback(HttpServletRequest request, String code, String state) {
        requireEnabled();
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(STATE);
        if (session != null) {
            session.removeAttribute(STATE);
        }
        if (!(expected instanceof String s) || state == null
                || !MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            throw UserFacingException.badRequest("微信登录已过期，或不是从本站发起的。请重新点击“用微信登录”。");
        }
        if (code == null || code.isBlank() || code.length() > 200) {
            throw UserFacingException.badRequest("微信没有同意登录，请重新点击“用微信登录”。");
        }
        String openid;
        try {
            openid = api.openid(code.strip());
        } catch (WeChatApi.Failure f) {
            if (f.unreachable() || f.errcode() == -1) {
                throw new UserFacingException(HttpStatus.SERVICE_UNAVAILABLE, "暂时无法连接微信，请稍后再试，或用手机号验证。");
            }
            throw UserFacingException.badRequest("微信登录没有成功（授权已失效或已用过），请重新点击“用微信登录”。");
        }
        Optional<String> phone = links.phoneOf(openid);
        if (phone.isPresent()) {
            new VerifiedPhone(phone.get(), clock.instant()).store(request);
            return Outcome.SIGNED_IN;
        }
        request.getSession(true).setAttribute(PENDING, seal.seal(openid));
        return Outcome.VERIFY_PHONE;
    }

    /** Whether the session holds a WeChat waiting for its phone (the verify page says it will be linked). */
    public boolean pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return enabled() && session != null && session.getAttribute(PENDING) != null;
    }

    /** After the phone was verified by code: links the WeChat waiting in the session to it, once. */
    public boolean linkPending(HttpServletRequest request, String phone) {
        HttpSession session = request.getSession(false);
        if (!enabled() || session == null || !(session.getAttribute(PENDING) instanceof String sealed)) {
            return false;
        }
        session.removeAttribute(PENDING);
        Optional<String> openid = seal.open(sealed);
        openid.ifPresent(o -> links.link(o, phone, clock.instant()));
        return openid.isPresent();
    }

    /** Whether the verified phone has a WeChat linked (the verify page then offers to unlink it). */
    public boolean linked(String phone) {
        return enabled() && links.linked(phone);
    }

    /** The resident no longer wants WeChat to open /my or to receive notices there. */
    public boolean unlink(HttpServletRequest request) {
        requireEnabled();
        return VerifiedPhone.of(request).map(v -> links.unlink(v.phone())).orElse(false);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void requireEnabled() {
        if (!properties.enabled()) {
            throw UserFacingException.notFound("您要找的页面不存在。");
        }
    }
}
