package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.mashang.cases.Channel;
import org.mashang.cases.internal.CaseIntake;
import org.mashang.cases.internal.MessageLimits;
import org.mashang.cases.internal.NewMessage;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.mashang.platform.Attachment;
import org.mashang.platform.ImageUpload;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;
import org.mashang.platform.TooManyRequests;
import org.mashang.platform.UploadProblem;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.VerifiedPhone;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a resident lands after scanning a sign: a deputy's code (/d/…) or a station's code (/s/…),
 * with the card of whom they are writing to and the message form.
 */
@Controller
class ResidentController {

    static final int MAX_PHOTOS = 3;

    private final Directory directory;
    private final CaseIntake intake;
    private final MessageLimits messageLimits;

    ResidentController(Directory directory, CaseIntake intake, MessageLimits messageLimits) {
        this.directory = directory;
        this.intake = intake;
        this.messageLimits = messageLimits;
    }

    /** Shown on the form: the phone the resident verified at /verify, masked. */
    @ModelAttribute("verifiedPhone")
    String verifiedPhone(HttpServletRequest request) {
        return VerifiedPhone.of(request).map(v -> Phones.masked(v.phone())).orElse(null);
    }

    /** Set when the whole form was too large to read (see {@link UploadProblem}); shown next to the photo field. */
    @ModelAttribute("photoError")
    String uploadProblem(HttpServletRequest request) {
        return UploadProblem.of(request);
    }

    @GetMapping("/d/{code}")
    String deputyPage(@PathVariable String code, Model model) {
        DeputyCard deputy = deputy(code);
        return page(deputy, station(deputy.stationId()), newForm(), model);
    }

    @PostMapping("/d/{code}")
    String submitToDeputy(@PathVariable String code, @Valid @ModelAttribute("form") MessageForm form, BindingResult result,
                          @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                          RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) throws IOException {
        DeputyCard deputy = deputy(code);
        if (!deputy.serving()) {
            throw UserFacingException.badRequest("这位代表目前不在任，不能接收留言，请选择联络站的其他代表");
        }
        StationCard station = station(deputy.stationId());
        return submit(deputy, station, Channel.DEPUTY_CODE, form, result, photos, model, redirect, "/d/" + code, request, response);
    }

    @GetMapping("/s/{code}")
    String stationPage(@PathVariable String code, Model model) {
        return page(null, stationByCode(code), newForm(), model);
    }

    @PostMapping("/s/{code}")
    String submitToStation(@PathVariable String code, @Valid @ModelAttribute("form") MessageForm form, BindingResult result,
                           @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                           RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) throws IOException {
        StationCard station = stationByCode(code);
        if (!station.active()) {
            throw UserFacingException.badRequest("这个联络站已停用，不能接收留言");
        }
        return submit(null, station, Channel.STATION_CODE, form, result, photos, model, redirect, "/s/" + code, request, response);
    }

    @GetMapping({"/d/{code}/received", "/s/{code}/received"})
    String received(Model model) {
        if (!(model.getAttribute("receipt") instanceof Receipt)) {
            return "redirect:/track";
        }
        return "resident/received";
    }

    private String submit(DeputyCard deputy, StationCard station, Channel channel, MessageForm form, BindingResult result,
                          List<MultipartFile> uploads, Model model, RedirectAttributes redirect, String base,
                          HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Attachment> photos = List.of();
        UserFacingException photoProblem = null;
        try {
            photos = ImageUpload.checkAll(uploads, MAX_PHOTOS);
        } catch (UserFacingException e) {
            photoProblem = e;
        }
        if (form.getCategoryId() != null && directory.activeCategories().stream().noneMatch(c -> c.id() == form.getCategoryId())) {
            result.rejectValue("categoryId", "unknown", "请选择列表中的问题类别");
        }
        if (form.getBlockId() != null
                && directory.blocksOfStreet(station.streetId()).stream().noneMatch(b -> b.id() == form.getBlockId())) {
            result.rejectValue("blockId", "unknown", "请选择列表中的区块");
        }
        if (result.hasErrors() || photoProblem != null) {
            model.addAttribute("photosDropped", uploads != null && uploads.stream().anyMatch(f -> !f.isEmpty()));
            if (photoProblem != null) {
                // shown next to the photo field; the rest of what the resident typed comes back as it was
                model.addAttribute("photoError", photoProblem.getMessage());
                response.setStatus(photoProblem.status().value());
            }
            return page(deputy, station, form, model);
        }
        String phone = Phones.normalize(form.getPhone());
        // the case records whether the resident proved, by a one-time code, that the phone is theirs
        NewMessage message = new NewMessage(deputy == null ? null : deputy.id(), station.id(), station.streetId(), channel,
                form.getCategoryId(), form.getBlockId(), form.getText(), form.getPublicChoice(), Texts.clean(form.getName()),
                phone, photos, form.getSubmissionKey(), null, null, Texts.clean(form.getEmail()),
                VerifiedPhone.proves(request, phone));
        try {
            messageLimits.take(request.getRemoteAddr(), phone);
        } catch (TooManyRequests e) {
            // the form again, with what the resident wrote, and the time to wait
            result.reject("limit", e.getMessage());
            response.setStatus(e.status().value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            return page(deputy, station, form, model);
        }
        Receipt receipt;
        try {
            receipt = intake.submit(message);
        } catch (DuplicateKeyException sameFormTwiceAtOnce) {
            receipt = intake.submit(message);
        }
        redirect.addFlashAttribute("receipt", receipt);
        return "redirect:" + base + "/received";
    }

    private String page(DeputyCard deputy, StationCard station, MessageForm form, Model model) {
        model.addAttribute("deputy", deputy);
        model.addAttribute("station", station);
        model.addAttribute("form", form);
        model.addAttribute("categories", directory.activeCategories());
        List<Ref> blocks = directory.blocksOfStreet(station.streetId());
        model.addAttribute("blocks", blocks);
        model.addAttribute("onDuty", directory.deputiesOfStation(station.id(), true));
        return "resident/message";
    }

    private static MessageForm newForm() {
        MessageForm form = new MessageForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        return form;
    }

    private DeputyCard deputy(String code) {
        return directory.deputyByCode(code.toLowerCase())
                .orElseThrow(() -> UserFacingException.notFound("没有找到这位代表。请核对二维码，或到联络站咨询。"));
    }

    private StationCard station(long id) {
        return directory.station(id).orElseThrow(() -> UserFacingException.notFound("联络站不存在"));
    }

    private StationCard stationByCode(String code) {
        return directory.stationByCode(code.toLowerCase())
                .orElseThrow(() -> UserFacingException.notFound("没有找到这个联络站。请核对二维码。"));
    }
}
