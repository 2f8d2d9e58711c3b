package org.mashang.directory.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.DirectoryAdmin;
import org.mashang.directory.internal.StationRepository;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/stations")
class StationAdminController {

    private final StationRepository stations;
    private final DirectoryAdmin admin;

    StationAdminController(StationRepository stations, DirectoryAdmin admin) {
        this.stations = stations;
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        return page(null, new StationForm(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var s = stations.find(id).orElseThrow(() -> UserFacingException.notFound("联络站不存在"));
        StationForm form = new StationForm();
        form.setRegionId(s.regionId());
        form.setName(s.name());
        form.setAddress(s.address());
        form.setPhone(s.phone());
        form.setOpenHours(s.openHours());
        return page(id, form, model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") StationForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                admin.saveStation(id, form.getRegionId(), Texts.clean(form.getName()), Texts.clean(form.getAddress()),
                        Phones.normalize(form.getPhone()), Texts.clean(form.getOpenHours()));
                redirect.addFlashAttribute("flash", "已保存联络站：" + Texts.clean(form.getName()));
                return "redirect:/admin/stations";
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        admin.setStationActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:/admin/stations";
    }

    private String page(Long editing, StationForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("items", stations.all());
        model.addAttribute("regions", admin.regionsOf(EnumSet.of(RegionLevel.STREET, RegionLevel.COMMUNITY, RegionLevel.VILLAGE)));
        return "admin/stations";
    }
}
