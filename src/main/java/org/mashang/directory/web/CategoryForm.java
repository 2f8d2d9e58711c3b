package org.mashang.directory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class CategoryForm {

    @NotBlank(message = "请填写类别名称")
    @Size(max = 50, message = "名称不能超过 50 个字")
    private String name;

    @NotNull(message = "请填写排序号")
    @Min(value = 0, message = "排序号应在 0 到 9999 之间")
    @Max(value = 9999, message = "排序号应在 0 到 9999 之间")
    private Integer sortOrder = 0;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
