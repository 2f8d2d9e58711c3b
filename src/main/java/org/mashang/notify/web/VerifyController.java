package org.mashang.notify.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.internal.DeliveryWorker;
import org.mashang.notify.internal.PhoneVerification;
import org.mashang.notify.internal.WeChatSignIn;
import org.mashang.platform.Phones;
import org.mashang.platform.TooManyRequests;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.VerifiedPhone;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident proves they hold a phone with a code sent to it, then sees all their cases at /my without ticket
 * numbers and query codes. Optional: messages can still be left anonymously.
 */
@Controller
@RequiredArgsConstructor
class VerifyController {

    private final PhoneVerification verification;
    private final DeliveryWorker worker;
    private final Clock clock;
    private final WeChatSignIn wechat;

    @GetMapping("/verify")
    String form(HttpServletRequest request, Model model) {
        VerifiedPhone.of(request).ifPresent(v -> {
            model.addAttribute("verified", Phones.masked(v.phone()));
            model.addAttribute("wechatLinked", wechat.linked(v.phone()));
        });
        // WeChat's sign-in works only inside WeChat's browser
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        model.addAttribute("wechatSignIn", wechat.enabled() && agent != null && agent.contains("MicroMessenger"));
        model.addAttribute("wechatPending", wechat.pending(request));
        return "notify/verify";
    }

    @PostMapping("/verify/code")
    String sendCode(@RequestParam(required = false) String phone, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        model.addAttribute("phone", phone);
        model.addAttribute("wechatPending", wechat.pending(request));
        try {
            PhoneVerification.CodeRequest sent = verification.requestCode(phone, request.getRemoteAddr());
            // committed: send it now rather than at the worker's next run, the resident is waiting
            if (sent.outboxId() != null) {
                worker.deliverNow(sent.outboxId());
            }
            String normalized = sent.phone();
            model.addAttribute("phone", normalized);
            model.addAttribute("codeSent", true);
            model.addAttribute("flash", "验证码已发送到 " + Phones.masked(normalized) + "，5 分钟内有效");
        } catch (UserFacingException e) {
            return problem(e, response, model);
        }
        return "notify/verify";
    }

    @PostMapping("/verify/confirm")
    String confirm(@RequestParam(required = false) String phone, @RequestParam(required = false) String code,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            String verified = verification.confirm(phone, code);
            new VerifiedPhone(verified, clock.instant()).store(request);
            if (wechat.linkPending(request, verified)) {
                redirect.addFlashAttribute("flash", "手机号已验证，已绑定微信：以后从微信打开就能直接查看");
                return "redirect:/my";
            }
        } catch (UserFacingException e) {
            model.addAttribute("phone", phone);
            model.addAttribute("codeSent", true);
            return problem(e, response, model);
        }
        redirect.addFlashAttribute("flash", "手机号已验证");
        return "redirect:/my";
    }

    @PostMapping("/verify/forget")
    String forget(HttpServletRequest request, RedirectAttributes redirect) {
        VerifiedPhone.forget(request);
        redirect.addFlashAttribute("flash", "已退出");
        return "redirect:/verify";
    }

    private static String problem(UserFacingException e, HttpServletResponse response, Model model) {
        response.setStatus(e.status().value());
        if (e instanceof TooManyRequests limited) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        model.addAttribute("error", e.getMessage());
        return "notify/verify";
    }
}
