package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mashang.platform.ValidPhone;

public class StationForm {

    @NotNull(message = "请选择所在区域")
    private Long regionId;

    @NotBlank(message = "请填写联络站名称")
    @Size(max = 100, message = "名称不能超过 100 个字")
    private String name;

    @Size(max = 200, message = "地址不能超过 200 个字")
    private String address;

    @ValidPhone
    private String phone;

    @Size(max = 100, message = "开放时间不能超过 100 个字")
    private String openHours;

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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOpenHours() {
        return openHours;
    }

    public void setOpenHours(String openHours) {
        this.openHours = openHours;
    }
}
