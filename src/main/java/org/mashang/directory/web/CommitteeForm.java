package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mashang.platform.ValidPhone;

public class CommitteeForm {

    @NotNull(message = "请选择所属街道")
    private Long regionId;

    @NotBlank(message = "请填写名称")
    @Size(max = 100, message = "名称不能超过 100 个字")
    private String name;

    @Size(max = 50, message = "姓名不能超过 50 个字")
    private String headName;

    @ValidPhone
    private String headPhone;

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

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadPhone() {
        return headPhone;
    }

    public void setHeadPhone(String headPhone) {
        this.headPhone = headPhone;
    }
}
