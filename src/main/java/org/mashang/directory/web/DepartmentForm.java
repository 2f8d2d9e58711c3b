package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mashang.platform.ValidPhone;

public class DepartmentForm {

    @NotNull(message = "请选择所属区域")
    private Long regionId;

    @NotBlank(message = "请填写部门名称")
    @Size(max = 100, message = "名称不能超过 100 个字")
    private String name;

    @ValidPhone
    private String phone;

    @Size(max = 500, message = "职责说明不能超过 500 个字")
    private String duties;

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDuties() {
        return duties;
    }

    public void setDuties(String duties) {
        this.duties = duties;
    }
}
