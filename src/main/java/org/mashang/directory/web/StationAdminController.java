package org.mashang.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.directory.internal.Station;
import org.mashang.directory.internal.StationRepository;
import org.mashang.directory.web.ReferencePage.Cell;
import org.mashang.directory.web.ReferencePage.Choice;
import org.mashang.directory.web.ReferencePage.Field;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.ValidPhone;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/** Liaison stations and rooms; each gets its own code (its QR leads to the station's page) when it is added. */
@Controller
@RequestMapping("/admin/stations")
@RequiredArgsConstructor
class StationAdminController extends EditableReferenceAdmin<StationAdminController.Form, Station> {

    static class Form {

        @NotNull(message = "请选择所在区域")
        Long regionId;

        @NotBlank(message = "请填写联络站名称")
        @Size(max = 100, message = "名称不能超过 100 个字")
        String name;

        @Size(max = 200, message = "地址不能超过 200 个字")
        String address;

        @ValidPhone
        String phone;

        @Size(max = 100, message = "开放时间不能超过 100 个字")
        String openHours;
    }

    private final StationRepository stations;
    private final DirectoryAdmin admin;

    @Override
    Form formOf(long id) {
        Station station = stations.find(id).orElseThrow(() -> UserFacingException.notFound("联络站不存在"));
        Form form = new Form();
        form.regionId = station.regionId();
        form.name = station.name();
        form.address = station.address();
        form.phone = station.phone();
        form.openHours = station.openHours();
        return form;
    }

    @Override
    String save(Long id, Form form) {
        admin.saveStation(id, form.regionId, Texts.clean(form.name), Texts.clean(form.address), Phones.normalize(form.phone),
                Texts.clean(form.openHours));
        return "已保存联络站：" + Texts.clean(form.name);
    }

    @Override
    void setActive(long id, boolean active) {
        admin.setStationActive(id, active);
    }

    @Override
    List<Station> items(Long parent) {
        return stations.all();
    }

    @Override
    List<Cell> cells(Station station) {
        return Cell.of(station.name(), station.regionName(), station.address(), station.phone(),
                Cell.link(station.code(), "/s/" + UriUtils.encodePathSegment(station.code(), "UTF-8")));
    }

    @Override
    ReferencePage page(Long editing, Form form) {
        var regions = Choice.regionsWithLevel(admin.regionsOf(EnumSet.of(RegionLevel.STREET, RegionLevel.COMMUNITY, RegionLevel.VILLAGE)));
        return ReferencePage.flat("联络站管理", "代表联络站", "联络站", editing, null,
                List.of(Field.select("regionId", "所在区域", regions), Field.text("name", "名称", 100), Field.text("address", "地址", 200),
                        Field.tel("phone", "电话"), Field.text("openHours", "开放时间", 100)),
                List.of("名称", "区域", "地址", "电话", "站码"));
    }
}
