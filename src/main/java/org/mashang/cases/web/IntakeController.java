package org.mashang.cases.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.Channel;
import org.mashang.cases.internal.CaseIntake;
import org.mashang.cases.internal.NewMessage;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.directory.StationChoice;
import org.mashang.directory.StationChooser;
import org.mashang.platform.Attachment;
import org.mashang.platform.ImageUpload;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Offline intake (线下): issues raised at a reception day, a forum, a home visit, in a residents' chat group or by
 * phone are entered by staff into the same loop, with their channel recorded.
 */
@Controller
@RequiredArgsConstructor
class IntakeController {

    static final List<Channel> OFFLINE = Arrays.stream(Channel.values()).filter(c -> !c.online()).toList();

    private final Directory directory;
    private final CaseIntake intake;
    private final StationChooser chooser;

    @GetMapping("/intake")
    String form(@RequestParam(required = false) Long station, @RequestParam(required = false) Long region,
                @RequestParam(required = false) String q, @AuthenticationPrincipal StaffUser user, Model model) {
        IntakeForm form = new IntakeForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        List<StationCard> stations = stations(user);
        if (stations.size() == 1) {
            form.setStationId(stations.get(0).id());
        }
        if (station != null) {
            form.setStationId(stations.stream().filter(s -> s.id() == station).findFirst()
                    .orElseThrow(() -> UserFacingException.notFound("没有找到这个联络站，或不在您负责的区域")).id());
        } else if (stations.size() > StationChoice.FEW) {
            model.addAttribute("choice", chooser.choose(user.regionId(), region, q));
            return "cases/intake";
        }
        if (user.deputyId() != null) {
            form.setDeputyId(user.deputyId());
        }
        return page(user, form, model);
    }

    @PostMapping("/intake")
    String submit(@Valid @ModelAttribute("form") IntakeForm form, BindingResult result,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> uploads,
                  @AuthenticationPrincipal StaffUser user, Model model) {
        List<Attachment> photos = List.of();
        try {
            photos = ImageUpload.checkAll(uploads, ResidentController.MAX_PHOTOS);
        } catch (UserFacingException e) {
            result.reject("photos", e.getMessage());
        }
        if (form.getChannel() != null && form.getChannel().online()) {
            result.rejectValue("channel", "online", "扫码留言由群众自己提交，请选择线下渠道");
        }
        StationCard station = form.getStationId() == null ? null
                : stations(user).stream().filter(s -> s.id() == form.getStationId()).findFirst().orElse(null);
        if (form.getStationId() != null && station == null) {
            result.rejectValue("stationId", "scope", "请选择您负责的联络站");
        }
        if (station != null && form.getDeputyId() != null && !directory.servesAt(station.id(), form.getDeputyId())) {
            result.rejectValue("deputyId", "station", "请选择该联络站在任的代表");
        }
        if (form.getCategoryId() != null && !directory.isActiveCategory(form.getCategoryId())) {
            result.rejectValue("categoryId", "unknown", "请选择列表中的问题类别");
        }
        if (station != null && form.getBlockId() != null && !directory.isBlockOf(station.streetId(), form.getBlockId())) {
            result.rejectValue("blockId", "unknown", "请选择列表中的区块");
        }
        if (result.hasErrors()) {
            return page(user, form, model);
        }
        Receipt receipt = intake.submit(new NewMessage(new NewMessage.Addressee(form.getDeputyId(), station.id(), station.streetId()),
                form.getChannel(), new NewMessage.Content(form.getCategoryId(), form.getBlockId(), form.getText(),
                form.getPublicChoice(), photos), new NewMessage.Resident(Texts.clean(form.getName()),
                Phones.normalize(form.getPhone()), null, false), new NewMessage.Offline(user, Texts.clean(form.getOccasion())),
                form.getSubmissionKey()));
        model.addAttribute("receipt", receipt);
        return "cases/intake-done";
    }

    private String page(StaffUser user, IntakeForm form, Model model) {
        List<StationCard> stations = stations(user);
        // a province's stations with their deputies and blocks would be megabytes: the form is for the one chosen
        List<StationCard> chosen = StationChoice.onForm(stations, form.getStationId());
        if (chosen.size() < stations.size()) {
            if (chosen.isEmpty()) {
                model.addAttribute("choice", chooser.choose(user.regionId(), null, null));
                return "cases/intake";
            }
            stations = chosen;
            model.addAttribute("chosenOfMany", chosen.get(0));
        }
        model.addAttribute("form", form);
        model.addAttribute("channels", OFFLINE);
        model.addAttribute("stations", stations);
        model.addAttribute("deputies", stations.stream().flatMap(s -> directory.deputiesOfStation(s.id(), true).stream()).toList());
        model.addAttribute("categories", directory.activeCategories());
        model.addAttribute("blocks", stations.stream().map(StationCard::streetId).distinct()
                .flatMap(street -> directory.blocksOfStreet(street).stream()).toList());
        return "cases/intake";
    }

    /** A deputy enters for their own station; committee staff for the stations of their region. */
    private List<StationCard> stations(StaffUser user) {
        if (user.has(Role.DEPUTY) && user.deputyId() != null && !user.has(Role.REVIEWER) && !user.has(Role.DISPATCHER)) {
            return directory.deputy(user.deputyId()).map(DeputyCard::stationId).flatMap(directory::station)
                    .map(List::of).orElse(List.of());
        }
        return directory.activeStationsWithin(user.regionId());
    }
}
