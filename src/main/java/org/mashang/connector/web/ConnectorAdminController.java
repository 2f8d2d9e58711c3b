package org.mashang.connector.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.connector.internal.ConnectorAdmin;
import org.mashang.connector.internal.HandoverWorker;
import org.mashang.directory.Directory;
import org.mashang.platform.FieldProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the 12345 connector: external departments, and every hand-over with its failures first. */
@Controller
@RequestMapping("/admin/connector")
@RequiredArgsConstructor
class ConnectorAdminController {

    private final ConnectorAdmin admin;
    private final HandoverWorker worker;
    private final Directory directory;

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", new ConnectorAdmin.Settings(null, null, null, null, null, null, null, true));
        return page(model, null);
    }

    @PostMapping("/departments")
    String save(@RequestParam(required = false) String departmentId, @RequestParam(required = false) String platformName,
                @RequestParam(required = false) String endpoint, @RequestParam(required = false) String apiKey,
                @RequestParam(required = false) String jurisdictionId, @RequestParam(required = false) String defaultServiceCode,
                @RequestParam(required = false) String serviceMapping, @RequestParam(defaultValue = "false") boolean active,
                @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Long department = departmentId == null || !departmentId.strip().matches("\\d{1,18}") ? null : Long.valueOf(departmentId.strip());
        var settings = new ConnectorAdmin.Settings(department, platformName, endpoint, apiKey, jurisdictionId, defaultServiceCode,
                serviceMapping, active);
        try {
            admin.save(settings, user.username());
        } catch (FieldProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("form", settings);
            model.addAttribute("problem", problem.getMessage());
            return page(model, problem.field());
        }
        redirect.addFlashAttribute("flash", "已保存外部办理设置" + (active ? "：之后交办给该部门的件将转至对方平台" : "（停用）"));
        return "redirect:/admin/connector";
    }

    @PostMapping("/handovers/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        admin.retry(id);
        redirect.addFlashAttribute("flash", "已重新排队：转办 #" + id);
        return "redirect:/admin/connector";
    }

    @PostMapping("/run")
    String run(RedirectAttributes redirect) {
        int sent = worker.deliverDue();
        int polled = worker.pollDue();
        redirect.addFlashAttribute("flash", "已发送 " + sent + " 件，查询 " + polled + " 件");
        return "redirect:/admin/connector";
    }

    private String page(Model model, String problemField) {
        model.addAttribute("problemField", problemField);
        model.addAttribute("departments", directory.activeDepartments());
        model.addAttribute("external", admin.externalDepartments());
        model.addAttribute("handovers", admin.latestHandovers());
        model.addAttribute("names", directory.names(Directory.NameKind.DEPARTMENT,
                directory.activeDepartments().stream().map(d -> d.id()).toList()));
        return "connector/admin";
    }
}
