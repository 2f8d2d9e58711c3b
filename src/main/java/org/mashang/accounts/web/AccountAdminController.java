package org.mashang.accounts.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.accounts.internal.StaffAccounts;
import org.mashang.accounts.internal.StaffUserRepository;
import org.mashang.directory.Directory;
import org.mashang.directory.RegionLevel;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
@RequiredArgsConstructor
class AccountAdminController {

    private final StaffUserRepository users;
    private final StaffAccounts accounts;
    private final Directory directory;

    @GetMapping
    String list(Model model) {
        return page(null, new AccountForm(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var data = users.data(id).orElseThrow(() -> UserFacingException.notFound("账号不存在"));
        AccountForm form = new AccountForm();
        form.setUsername(data.username());
        form.setDisplayName(data.displayName());
        form.setRoles(data.roles());
        form.setDeputyId(data.deputyId());
        form.setDepartmentId(data.departmentId());
        form.setRegionId(data.regionId());
        form.setPhone(data.phone());
        form.setEmail(data.email());
        return page(id, form, model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        if (id != null) {
            // the login name is fixed once created: it appears on every timeline event the user made
            form.setUsername(users.data(id).map(StaffUserRepository.AccountData::username).orElse(form.getUsername()));
        }
        if (!result.hasErrors()) {
            try {
                var data = new StaffUserRepository.AccountData(form.getUsername().strip(), Texts.clean(form.getDisplayName()),
                        form.getRoles(), form.getRoles().contains(Role.DEPUTY) ? form.getDeputyId() : null,
                        form.getRoles().contains(Role.DEPARTMENT) ? form.getDepartmentId() : null, form.getRegionId(),
                        Phones.normalize(form.getPhone()), Texts.clean(form.getEmail()));
                String password = form.getPassword() == null || form.getPassword().isEmpty() ? null : form.getPassword();
                accounts.save(id, data, password);
                redirect.addFlashAttribute("flash", "已保存账号：" + data.username());
                return "redirect:/admin/users";
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, @AuthenticationPrincipal StaffUser me,
                  RedirectAttributes redirect) {
        if (!value && me.id() == id) {
            throw UserFacingException.badRequest("不能停用自己正在使用的账号");
        }
        accounts.setActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:/admin/users";
    }

    private String page(Long editing, AccountForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("items", users.all());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("deputies", directory.activeDeputies());
        model.addAttribute("departments", directory.activeDepartments());
        model.addAttribute("regions", directory.activeRegions(
                EnumSet.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET)));
        return "accounts/users";
    }
}
