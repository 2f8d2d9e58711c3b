package org.mashang.directory.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.DepartmentRepository;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
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
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private final DepartmentRepository departments;
    private final DirectoryAdmin admin;

    DepartmentAdminController(DepartmentRepository departments, DirectoryAdmin admin) {
        this.departments = departments;
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        return page(null, new DepartmentForm(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var d = departments.find(id).orElseThrow(() -> UserFacingException.notFound("职能部门不存在"));
        DepartmentForm form = new DepartmentForm();
        form.setRegionId(d.regionId());
        form.setName(d.name());
        form.setPhone(d.phone());
        form.setDuties(d.duties());
        return page(id, form, model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") DepartmentForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                admin.saveDepartment(id, form.getRegionId(), Texts.clean(form.getName()), Phones.normalize(form.getPhone()),
                        Texts.clean(form.getDuties()));
                redirect.addFlashAttribute("flash", "已保存部门：" + Texts.clean(form.getName()));
                return "redirect:/admin/departments";
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        admin.setDepartmentActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:/admin/departments";
    }

    private String page(Long editing, DepartmentForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("items", departments.all());
        model.addAttribute("regions", admin.regionsOf(
                EnumSet.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET)));
        return "admin/departments";
    }
}
