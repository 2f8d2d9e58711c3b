package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.Committee;
import org.mashang.directory.internal.CommitteeRepository;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.directory.web.ReferencePage.Cell;
import org.mashang.directory.web.ReferencePage.Choice;
import org.mashang.directory.web.ReferencePage.Field;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.ValidPhone;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The people's-congress working committees, one per street. */
@Controller
@RequestMapping("/admin/committees")
@RequiredArgsConstructor
class CommitteeAdminController extends EditableReferenceAdmin<CommitteeAdminController.Form, Committee> {

    static class Form {

        @NotNull(message = "请选择所属街道")
        Long regionId;

        @NotBlank(message = "请填写名称")
        @Size(max = 100, message = "名称不能超过 100 个字")
        String name;

        @Size(max = 50, message = "姓名不能超过 50 个字")
        String headName;

        @ValidPhone
        String headPhone;
    }

    private final CommitteeRepository committees;
    private final DirectoryAdmin admin;

    @Override
    Form formOf(long id) {
        Committee committee = committees.find(id).orElseThrow(() -> UserFacingException.notFound("人大工委不存在"));
        Form form = new Form();
        form.regionId = committee.regionId();
        form.name = committee.name();
        form.headName = committee.headName();
        form.headPhone = committee.headPhone();
        return form;
    }

    @Override
    String save(Long id, Form form) {
        admin.saveCommittee(id, form.regionId, Texts.clean(form.name), Texts.clean(form.headName), Phones.normalize(form.headPhone));
        return "已保存：" + Texts.clean(form.name);
    }

    @Override
    void setActive(long id, boolean active) {
        admin.setCommitteeActive(id, active);
    }

    @Override
    List<Committee> items(Long parent) {
        return committees.all();
    }

    @Override
    List<Cell> cells(Committee committee) {
        return Cell.of(committee.name(), committee.regionName(), committee.headName(), committee.headPhone());
    }

    @Override
    ReferencePage page(Long editing, Form form) {
        var streets = Choice.regions(admin.regionsOf(EnumSet.of(RegionLevel.STREET)));
        return ReferencePage.flat("人大工委管理", "人大工委", "人大工委", editing, null,
                List.of(Field.select("regionId", "所属街道", streets), Field.text("name", "名称", 100),
                        Field.text("headName", "负责人", 50), Field.tel("headPhone", "负责人电话")),
                List.of("名称", "街道", "负责人", "电话"));
    }
}
