package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mashang.directory.RegionLevel;

public class RegionForm {

    private Long parentId;

    @NotNull(message = "请选择层级")
    private RegionLevel level;

    @NotBlank(message = "请填写名称")
    @Size(max = 100, message = "名称不能超过 100 个字")
    private String name;

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public void setLevel(RegionLevel level) {
        this.level = level;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
