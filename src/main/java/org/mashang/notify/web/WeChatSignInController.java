package org.mashang.notify.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.internal.WeChatSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in with WeChat for residents (only when the Official Account is configured; otherwise these pages do not
 * exist): to WeChat's authorization, back with a code, then /my, or once /verify to link the phone.
 */
@Controller
@RequiredArgsConstructor
class WeChatSignInController {

    private final WeChatSignIn signIn;

    @GetMapping("/wechat/signin")
    String signIn(HttpServletRequest request) {
        return "redirect:" + signIn.authorizeUrl(request);
    }

    @GetMapping("/wechat/callback")
    String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
                    HttpServletRequest request, RedirectAttributes redirect) {
        if (signIn.callback(request, code, state) == WeChatSignIn.Outcome.SIGNED_IN) {
            redirect.addFlashAttribute("flash", "已用微信登录");
            return "redirect:/my";
        }
        redirect.addFlashAttribute("flash", "请用留言时填写的手机号验证一次，以后从微信打开就能直接查看");
        return "redirect:/verify";
    }

    @PostMapping("/wechat/unlink")
    String unlink(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", signIn.unlink(request) ? "已解除微信绑定，微信不再收到通知" : "这个手机号没有绑定微信");
        return "redirect:/verify";
    }
}
