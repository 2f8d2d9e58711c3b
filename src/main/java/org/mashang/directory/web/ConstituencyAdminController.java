package org.mashang.directory.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.ConstituencyRepository;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.platform.FieldProblem;
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
@RequestMapping("/admin/constituencies")
class ConstituencyAdminController {

    private final ConstituencyRepository constituencies;
    private final DirectoryAdmin admin;

    ConstituencyAdminController(ConstituencyRepository constituencies, DirectoryAdmin admin) {
        this.constituencies = constituencies;
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        return page(null, new ConstituencyForm(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var c = constituencies.find(id).orElseThrow(() -> UserFacingException.notFound("选区不存在"));
        ConstituencyForm form = new ConstituencyForm();
        form.setRegionId(c.regionId());
        form.setName(c.name());
        form.setDescription(c.description());
        return page(id, form, model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") ConstituencyForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                admin.saveConstituency(id, form.getRegionId(), Texts.clean(form.getName()), Texts.clean(form.getDescription()));
                redirect.addFlashAttribute("flash", "已保存选区：" + Texts.clean(form.getName()));
                return "redirect:/admin/constituencies";
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        admin.setConstituencyActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:/admin/constituencies";
    }

    private String page(Long editing, ConstituencyForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("items", constituencies.all());
        model.addAttribute("regions", admin.regionsOf(EnumSet.of(RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET)));
        return "admin/constituencies";
    }
}
