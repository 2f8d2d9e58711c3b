package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.Constituency;
import org.mashang.directory.internal.ConstituencyRepository;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.directory.web.ReferencePage.Cell;
import org.mashang.directory.web.ReferencePage.Choice;
import org.mashang.directory.web.ReferencePage.Field;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Constituencies (选区), each in a street, district or city. */
@Controller
@RequestMapping("/admin/constituencies")
@RequiredArgsConstructor
class ConstituencyAdminController extends EditableReferenceAdmin<ConstituencyAdminController.Form, Constituency> {

    static class Form {

        @NotNull(message = "请选择所属区域")
        Long regionId;

        @NotBlank(message = "请填写选区名称")
        @Size(max = 100, message = "名称不能超过 100 个字")
        String name;

        @Size(max = 500, message = "说明不能超过 500 个字")
        String description;
    }

    private final ConstituencyRepository constituencies;
    private final DirectoryAdmin admin;

    @Override
    Form formOf(long id) {
        Constituency constituency = constituencies.find(id).orElseThrow(() -> UserFacingException.notFound("选区不存在"));
        Form form = new Form();
        form.regionId = constituency.regionId();
        form.name = constituency.name();
        form.description = constituency.description();
        return form;
    }

    @Override
    String save(Long id, Form form) {
        admin.saveConstituency(id, form.regionId, Texts.clean(form.name), Texts.clean(form.description));
        return "已保存选区：" + Texts.clean(form.name);
    }

    @Override
    void setActive(long id, boolean active) {
        admin.setConstituencyActive(id, active);
    }

    @Override
    List<Constituency> items(Long parent) {
        return constituencies.all();
    }

    @Override
    List<Cell> cells(Constituency constituency) {
        return Cell.of(constituency.name(), constituency.regionName(), constituency.description());
    }

    @Override
    ReferencePage page(Long editing, Form form) {
        var regions = Choice.regionsWithLevel(admin.regionsOf(EnumSet.of(RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET)));
        return ReferencePage.flat("选区管理", "选区", "选区", editing, null,
                List.of(Field.select("regionId", "所属区域", regions), Field.text("name", "选区名称", 100),
                        Field.text("description", "说明", 500).widened()),
                List.of("选区", "所属区域", "说明"));
    }
}
