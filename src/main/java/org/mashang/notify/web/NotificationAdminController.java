package org.mashang.notify.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.notify.internal.DeliveryWorker;
import org.mashang.notify.internal.DevChannel;
import org.mashang.notify.internal.NotificationTemplates;
import org.mashang.notify.internal.Outbox;
import org.mashang.notify.internal.TemplateCatalog;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's view of notifications: the outbox and its failures, the dev inbox, the templates. */
@Controller
@RequestMapping("/admin/notifications")
@RequiredArgsConstructor
class NotificationAdminController {

    static final int LIST_SIZE = 100;

    private final Outbox outbox;
    private final DevChannel dev;
    private final DeliveryWorker worker;
    private final NotificationTemplates templates;
    private final Clock clock;

    @GetMapping
    String outbox(@RequestParam(required = false) String status, Model model) {
        Outbox.Status filter = parse(status);
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("status", filter);
        model.addAttribute("failures", outbox.latest(Outbox.Status.FAILED, LIST_SIZE));
        model.addAttribute("rows", outbox.latest(filter, LIST_SIZE));
        return "notify/outbox";
    }

    @PostMapping("/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        Outbox.Row row = outbox.find(id).orElseThrow(() -> UserFacingException.notFound("没有这条通知"));
        if (row.sensitive()) {
            throw UserFacingException.conflict("验证码短信不能重发，请群众重新获取验证码");
        }
        if (!outbox.resend(id, clock.instant())) {
            throw UserFacingException.conflict("只有发送失败的通知可以重发");
        }
        redirect.addFlashAttribute("flash", "已重新排队发送，通知 #" + id);
        return "redirect:/admin/notifications";
    }

    @PostMapping("/deliver")
    String deliver(RedirectAttributes redirect) {
        int n = worker.deliverDue();
        redirect.addFlashAttribute("flash", "已处理 " + n + " 条待发送的通知");
        return "redirect:/admin/notifications";
    }

    @GetMapping("/dev")
    String devInbox(Model model) {
        model.addAttribute("messages", dev.latest(LIST_SIZE));
        return "notify/dev";
    }

    @GetMapping("/templates")
    String templates(Model model) {
        model.addAttribute("templates", templates.all());
        return "notify/templates";
    }

    @GetMapping("/templates/{id}")
    String editTemplate(@PathVariable long id, Model model) {
        NotificationTemplates.Template t = template(id);
        return editor(t, t.subject(), t.body(), model);
    }

    @PostMapping("/templates/{id}")
    String saveTemplate(@PathVariable long id, @RequestParam(required = false) String subject,
                        @RequestParam(required = false) String body, @AuthenticationPrincipal StaffUser user, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        NotificationTemplates.Template t = template(id);
        try {
            templates.save(id, subject, body, user.username());
        } catch (FieldProblem problem) {
            // nothing is saved: the form again, with what was typed and what is wrong with it
            response.setStatus(problem.status().value());
            model.addAttribute("problemField", problem.field());
            model.addAttribute("problem", problem.getMessage());
            return editor(t, subject, body, model);
        }
        redirect.addFlashAttribute("flash", "已保存模板：" + t.definition().description() + "（" + t.locale() + "）");
        return "redirect:/admin/notifications/templates";
    }

    private String editor(NotificationTemplates.Template t, String subject, String body, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("placeholders", TemplateCatalog.PLACEHOLDERS);
        return "notify/template";
    }

    private NotificationTemplates.Template template(long id) {
        return templates.find(id).orElseThrow(() -> UserFacingException.notFound("模板不存在"));
    }

    private static Outbox.Status parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Outbox.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("没有这种状态：" + status);
        }
    }
}
