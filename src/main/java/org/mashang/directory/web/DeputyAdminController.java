package org.mashang.directory.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyLevel;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.internal.ConstituencyRepository;
import org.mashang.directory.internal.Deputy;
import org.mashang.directory.internal.DeputyRepository;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/deputies")
@RequiredArgsConstructor
class DeputyAdminController {

    private final DeputyRepository deputies;
    private final StationRepository stations;
    private final ConstituencyRepository constituencies;
    private final DirectoryAdmin admin;

    @GetMapping
    String list(Model model) {
        return page(null, new DeputyForm(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Deputy d = deputies.find(id).orElseThrow(() -> UserFacingException.notFound("代表不存在"));
        DeputyForm form = new DeputyForm();
        form.setName(d.name());
        form.setLevel(d.level());
        form.setOfficePhone(d.officePhone());
        form.setConstituencyId(d.constituencyId());
        form.setStationId(d.stationId());
        form.setBlockIds(d.blocks().stream().map(b -> b.id()).toList());
        form.setIntro(d.intro());
        form.setTermStart(d.termStart());
        form.setTermEnd(d.termEnd());
        model.addAttribute("deputy", d);
        return page(id, form, model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") DeputyForm form, BindingResult result,
                @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect) throws IOException {
        if (form.getTermStart() != null && form.getTermEnd() != null && form.getTermEnd().isBefore(form.getTermStart())) {
            result.rejectValue("termEnd", "order", "任期结束日期不能早于开始日期");
        }
        if (!result.hasErrors()) {
            try {
                var data = new DeputyRepository.DeputyData(Texts.clean(form.getName()), form.getLevel(),
                        Phones.normalize(form.getOfficePhone()), form.getConstituencyId(), form.getStationId(), null,
                        Texts.clean(form.getIntro()), form.getTermStart(), form.getTermEnd(), List.copyOf(form.getBlockIds()));
                admin.saveDeputy(id, data, photo == null || photo.isEmpty() ? null : photo.getBytes());
                redirect.addFlashAttribute("flash", "已保存代表：" + data.name());
                return "redirect:/admin/deputies";
            } catch (FieldProblem problem) {
                if ("photo".equals(problem.field())) {
                    result.reject("photo", problem.getMessage());
                } else {
                    problem.addTo(result);
                }
            }
        }
        if (id != null) {
            deputies.find(id).ifPresent(d -> model.addAttribute("deputy", d));
        }
        return page(id, form, model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        admin.setDeputyActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:/admin/deputies";
    }

    private String page(Long editing, DeputyForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("items", deputies.all());
        model.addAttribute("levels", DeputyLevel.values());
        model.addAttribute("stations", stations.all().stream().filter(s -> s.active()).toList());
        model.addAttribute("constituencies", constituencies.all().stream().filter(c -> c.active()).toList());
        model.addAttribute("blocks", admin.regionsOf(java.util.EnumSet.of(RegionLevel.BLOCK)));
        return "directory/deputies";
    }
}
