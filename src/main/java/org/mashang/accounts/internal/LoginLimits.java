package org.mashang.accounts.internal;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Limits;
import org.mashang.platform.RateLimits;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-in attempts, per account and per client address: after {@link Limits#loginFailuresPerAccount()} (per address
 * {@link Limits#loginFailuresPerAddress()}) attempts in a row without success, each further one waits longer (30 s,
 * doubling, at most an hour). A successful sign-in starts the account's count again.
 */
@Component
@RequiredArgsConstructor
class LoginLimits {

    private final RateLimits limits;
    private final Limits settings;

    /** Counts an attempt before the password is checked; throws {@link org.mashang.platform.TooManyRequests} while it must wait. */
    void attempt(String username, String clientAddress) {
        limits.attempt("login-address", clientAddress, settings.loginFailuresPerAddress(),
                "这个网络登录失败的次数太多，请 {wait}后再试。");
        limits.attempt("login-account", account(username), settings.loginFailuresPerAccount(),
                "这个账号登录失败的次数太多，请 {wait}后再试；忘记密码请联系管理员。");
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        limits.succeeded("login-account", account(event.getAuthentication().getName()));
    }

    static String account(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
