package org.mashang.directory.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.directory.internal.Region;
import org.mashang.directory.internal.RegionRepository;
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

/** The region tree, browsed one level at a time so it stays usable for a whole province. */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController {

    private final RegionRepository regions;
    private final DirectoryAdmin admin;

    RegionAdminController(RegionRepository regions, DirectoryAdmin admin) {
        this.regions = regions;
        this.admin = admin;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long parent, Model model) {
        RegionForm form = new RegionForm();
        form.setParentId(parent);
        return page(parent, form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") RegionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form.setName(Texts.clean(form.getName()));
        if (!result.hasErrors()) {
            try {
                admin.createRegion(form.getParentId(), form.getLevel(), form.getName());
                redirect.addFlashAttribute("flash", "已添加：" + form.getName());
                return "redirect:/admin/regions" + (form.getParentId() == null ? "" : "?parent=" + form.getParentId());
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return page(form.getParentId(), form, model);
    }

    @PostMapping("/{id}/rename")
    String rename(@PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
        String clean = Texts.clean(name);
        if (clean == null || clean.length() > 100) {
            throw UserFacingException.badRequest("名称不能为空，且不能超过 100 个字");
        }
        try {
            admin.renameRegion(id, clean);
        } catch (FieldProblem problem) {
            throw UserFacingException.conflict(problem.getMessage());
        }
        redirect.addFlashAttribute("flash", "已改名为：" + clean);
        return "redirect:/admin/regions" + parentQuery(id);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        admin.setRegionActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:/admin/regions" + parentQuery(id);
    }

    private String parentQuery(long id) {
        Long parent = regions.find(id).map(Region::parentId).orElse(null);
        return parent == null ? "" : "?parent=" + parent;
    }

    private String page(Long parentId, RegionForm form, Model model) {
        Region parent = parentId == null ? null
                : regions.find(parentId).orElseThrow(() -> UserFacingException.notFound("区域不存在"));
        List<RegionLevel> levels = Arrays.stream(RegionLevel.values())
                .filter(l -> parent == null || parent.level().mayContain(l)).toList();
        model.addAttribute("parent", parent);
        model.addAttribute("lineage", parent == null ? List.of() : regions.lineage(parent));
        model.addAttribute("children", regions.children(parentId));
        model.addAttribute("levels", levels);
        model.addAttribute("form", form);
        return "admin/regions";
    }
}
