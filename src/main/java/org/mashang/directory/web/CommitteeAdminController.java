package org.mashang.directory.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.CommitteeRepository;
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
@RequestMapping("/admin/committees")
class CommitteeAdminController {

    private final CommitteeRepository committees;
    private final DirectoryAdmin admin;

    CommitteeAdminController(CommitteeRepository committees, DirectoryAdmin admin) {
        this.committees = committees;
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        return page(null, new CommitteeForm(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var c = committees.find(id).orElseThrow(() -> UserFacingException.notFound("人大工委不存在"));
        CommitteeForm form = new CommitteeForm();
        form.setRegionId(c.regionId());
        form.setName(c.name());
        form.setHeadName(c.headName());
        form.setHeadPhone(c.headPhone());
        return page(id, form, model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") CommitteeForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                admin.saveCommittee(id, form.getRegionId(), Texts.clean(form.getName()), Texts.clean(form.getHeadName()),
                        Phones.normalize(form.getHeadPhone()));
                redirect.addFlashAttribute("flash", "已保存：" + Texts.clean(form.getName()));
                return "redirect:/admin/committees";
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        admin.setCommitteeActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:/admin/committees";
    }

    private String page(Long editing, CommitteeForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("items", committees.all());
        model.addAttribute("regions", admin.regionsOf(EnumSet.of(RegionLevel.STREET)));
        return "admin/committees";
    }
}
