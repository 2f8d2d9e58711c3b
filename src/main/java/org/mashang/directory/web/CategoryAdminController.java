package org.mashang.directory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.internal.Category;
import org.mashang.directory.internal.CategoryRepository;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.directory.web.ReferencePage.Cell;
import org.mashang.directory.web.ReferencePage.Field;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Categories of issues that residents choose from when they leave a message. */
@Controller
@RequestMapping("/admin/categories")
@RequiredArgsConstructor
class CategoryAdminController extends EditableReferenceAdmin<CategoryAdminController.Form, Category> {

    static class Form {

        @NotBlank(message = "请填写类别名称")
        @Size(max = 50, message = "名称不能超过 50 个字")
        String name;

        @NotNull(message = "请填写排序号")
        @Min(value = 0, message = "排序号应在 0 到 9999 之间")
        @Max(value = 9999, message = "排序号应在 0 到 9999 之间")
        Integer sortOrder = 0;

        /** The urgency class suggested for new cases of the category (the reviewer sets the case's). */
        @NotNull(message = "请选择建议的紧急程度")
        org.mashang.calendar.Urgency urgency = org.mashang.calendar.Urgency.NORMAL;
    }

    private final CategoryRepository categories;
    private final DirectoryAdmin admin;

    private final org.mashang.calendar.UrgencyClocks clocks;

    @Override
    Form formOf(long id) {
        Category category = categories.find(id).orElseThrow(() -> UserFacingException.notFound("类别不存在"));
        Form form = new Form();
        form.name = category.name();
        form.sortOrder = category.sortOrder();
        form.urgency = category.urgency();
        return form;
    }

    @Override
    String save(Long id, Form form) {
        admin.saveCategory(id, Texts.clean(form.name), form.sortOrder, form.urgency);
        return "已保存类别：" + Texts.clean(form.name);
    }

    @Override
    void setActive(long id, boolean active) {
        admin.setCategoryActive(id, active);
    }

    @Override
    List<Category> items(Long parent) {
        return categories.all();
    }

    @Override
    List<Cell> cells(Category category) {
        return Cell.of(category.name(), category.sortOrder(), clocks.name(category.urgency()));
    }

    @Override
    ReferencePage page(Long editing, Form form) {
        return ReferencePage.flat("问题类别管理", "问题类别", "类别", editing, null,
                List.of(Field.text("name", "名称", 50), Field.number("sortOrder", "排序号（小的在前）", 0, 9999),
                        Field.select("urgency", "建议的紧急程度", java.util.Arrays.stream(org.mashang.calendar.Urgency.values())
                                .map(u -> new ReferencePage.Choice(u.name(), clocks.name(u))).toList())),
                List.of("类别", "排序", "建议紧急程度"));
    }
}
