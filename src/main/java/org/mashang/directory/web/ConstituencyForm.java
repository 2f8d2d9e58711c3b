package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class ConstituencyForm {

    @NotNull(message = "请选择所属区域")
    private Long regionId;

    @NotBlank(message = "请填写选区名称")
    @Size(max = 100, message = "名称不能超过 100 个字")
    private String name;

    @Size(max = 500, message = "说明不能超过 500 个字")
    private String description;

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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
