package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.directory.internal.Region;
import org.mashang.directory.internal.RegionRepository;
import org.mashang.directory.web.ReferencePage.Cell;
import org.mashang.directory.web.ReferencePage.Choice;
import org.mashang.directory.web.ReferencePage.Crumb;
import org.mashang.directory.web.ReferencePage.Field;
import org.mashang.directory.web.ReferencePage.Level;
import org.mashang.directory.web.ReferencePage.Rename;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The region tree, browsed one level at a time so it stays usable for a whole province: each level lists its
 * regions (renamed in their row), with a form below to add one at a deeper level.
 */
@Controller
@RequestMapping("/admin/regions")
@RequiredArgsConstructor
class RegionAdminController extends ReferenceAdmin<RegionAdminController.Form, Region> {

    static class Form {

        Long parentId;

        @NotNull(message = "请选择层级")
        RegionLevel level;

        @NotBlank(message = "请填写名称")
        @Size(max = 100, message = "名称不能超过 100 个字")
        String name;
    }

    private final RegionRepository regions;
    private final DirectoryAdmin admin;

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
        return "redirect:" + listUrl(parentOf(id));
    }

    @Override
    Form newForm(Long parent) {
        Form form = new Form();
        form.parentId = parent;
        return form;
    }

    /** Regions are only added here ({@code id} is always null): they are renamed in their row. */
    @Override
    String save(Long id, Form form) {
        form.name = Texts.clean(form.name);
        admin.createRegion(form.parentId, form.level, form.name);
        return "已添加：" + form.name;
    }

    @Override
    void setActive(long id, boolean active) {
        admin.setRegionActive(id, active);
    }

    @Override
    Long parentOf(Form form) {
        return form.parentId;
    }

    @Override
    Long parentOf(long id) {
        return regions.find(id).map(Region::parentId).orElse(null);
    }

    @Override
    List<Region> items(Long parent) {
        return regions.children(parent);
    }

    @Override
    List<Cell> cells(Region region) {
        return Cell.of(Cell.link(region.name(), listUrl(region.id())), region.level().label());
    }

    @Override
    Rename rename(Region region) {
        return new Rename(itemUrl(region.id()) + "/rename", region.name());
    }

    @Override
    ReferencePage page(Long editing, Form form) {
        Region parent = form.parentId == null ? null
                : regions.find(form.parentId).orElseThrow(() -> UserFacingException.notFound("区域不存在"));
        List<Choice> levels = Arrays.stream(RegionLevel.values()).filter(l -> parent == null || parent.level().mayContain(l))
                .map(l -> new Choice(l.name(), l.label())).toList();
        List<Crumb> crumbs = new ArrayList<>(List.of(new Crumb("全部", listUrl(null))));
        if (parent != null) {
            regions.lineage(parent).forEach(r -> crumbs.add(new Crumb(r.name(), listUrl(r.id()))));
        }
        return new ReferencePage("区域管理", "区域", parent == null ? "添加顶级区域" : "在「" + parent.name() + "」下添加", null,
                List.of(Field.select("level", "层级", levels).widened(), Field.text("name", "名称", 100).widened(), Field.hidden("parentId")),
                List.of("名称", "层级"), new Level(crumbs, !levels.isEmpty(), "这一级还没有区域。"));
    }
}
