package org.mashang.directory.web;

import jakarta.validation.Valid;
import org.mashang.directory.internal.CategoryRepository;
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
@RequestMapping("/admin/categories")
class CategoryAdminController {

    private final CategoryRepository categories;
    private final DirectoryAdmin admin;

    CategoryAdminController(CategoryRepository categories, DirectoryAdmin admin) {
        this.categories = categories;
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        return page(null, new CategoryForm(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var c = categories.find(id).orElseThrow(() -> UserFacingException.notFound("类别不存在"));
        CategoryForm form = new CategoryForm();
        form.setName(c.name());
        form.setSortOrder(c.sortOrder());
        return page(id, form, model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") CategoryForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                admin.saveCategory(id, Texts.clean(form.getName()), form.getSortOrder());
                redirect.addFlashAttribute("flash", "已保存类别：" + Texts.clean(form.getName()));
                return "redirect:/admin/categories";
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        admin.setCategoryActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:/admin/categories";
    }

    private String page(Long editing, CategoryForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("items", categories.all());
        return "admin/categories";
    }
}
