package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.Department;
import org.mashang.directory.internal.DepartmentRepository;
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

/** Departments cases are dispatched to: street offices and the bureaus of districts, cities and provinces. */
@Controller
@RequestMapping("/admin/departments")
@RequiredArgsConstructor
class DepartmentAdminController extends EditableReferenceAdmin<DepartmentAdminController.Form, Department> {

    static class Form {

        @NotNull(message = "请选择所属区域")
        Long regionId;

        @NotBlank(message = "请填写部门名称")
        @Size(max = 100, message = "名称不能超过 100 个字")
        String name;

        @ValidPhone
        String phone;

        @Size(max = 500, message = "职责说明不能超过 500 个字")
        String duties;
    }

    private final DepartmentRepository departments;
    private final DirectoryAdmin admin;

    @Override
    Form formOf(long id) {
        Department department = departments.find(id).orElseThrow(() -> UserFacingException.notFound("职能部门不存在"));
        Form form = new Form();
        form.regionId = department.regionId();
        form.name = department.name();
        form.phone = department.phone();
        form.duties = department.duties();
        return form;
    }

    @Override
    String save(Long id, Form form) {
        admin.saveDepartment(id, form.regionId, Texts.clean(form.name), Phones.normalize(form.phone), Texts.clean(form.duties));
        return "已保存部门：" + Texts.clean(form.name);
    }

    @Override
    void setActive(long id, boolean active) {
        admin.setDepartmentActive(id, active);
    }

    @Override
    List<Department> items(Long parent) {
        return departments.all();
    }

    @Override
    List<Cell> cells(Department department) {
        return Cell.of(department.name(), department.level().label(), department.regionName(), department.phone(),
                department.duties());
    }

    @Override
    ReferencePage page(Long editing, Form form) {
        var regions = Choice.regionsWithLevel(admin.regionsOf(
                EnumSet.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET)));
        return ReferencePage.flat("职能部门管理", "职能部门", "部门", editing,
                "部门的层级由所属区域决定：属于街道的是街道办所（如城管办），属于区、市的是区、市的局（如住建局）。",
                List.of(Field.select("regionId", "所属区域", regions), Field.text("name", "名称", 100), Field.tel("phone", "电话"),
                        Field.text("duties", "职责", 500)),
                List.of("名称", "层级", "所属区域", "电话", "职责"));
    }
}
