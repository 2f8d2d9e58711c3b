package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.Channel;
import org.mashang.cases.internal.CaseIntake;
import org.mashang.cases.internal.CaseTracking;
import org.mashang.cases.internal.MessageLimits;
import org.mashang.cases.internal.NewMessage;
import org.mashang.cases.internal.PendingPhotos;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.Attachment;
import org.mashang.platform.ImageUpload;
import org.mashang.platform.KeptViews;
import org.mashang.platform.PerVisitor;
import org.mashang.platform.Phones;
import org.mashang.platform.PublicPages;
import org.mashang.platform.Texts;
import org.mashang.platform.TooManyRequests;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.VerifiedPhone;
import org.mashang.platform.Zones;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where a resident lands after scanning a sign: a deputy's code (/d/…) or a station's code (/s/…). The page leads with
 * a short card of whom they are writing to and the message form; the receipt after submitting is kept on the device
 * ({@link ResidentPass}) so it survives a reload.
 */
@Controller
@RequiredArgsConstructor
class ResidentController {

    static final int MAX_PHOTOS = 3;

    private final Directory directory;
    private final CaseIntake intake;
    private final PendingPhotos pending;
    private final ResidentPass pass;
    private final CaseTracking tracking;
    private final ResidentPages pages;
    private final MessageLimits messageLimits;
    private final KeptViews keptViews;

    /** The pages behind the codes, the tracking form and the wall are the same for every anonymous visitor. */
    @Bean
    static PublicPages residentPublicPages() {
        return PublicPages.of("/d/*", "/s/*", "/track", "/cases/*").withQuery("/cases");
    }

    @GetMapping("/d/{code}")
    String deputyPage(@PathVariable String code, Model model, HttpServletRequest request) {
        DeputyCard deputy = pages.deputy(code);
        return pages.page(deputy, pages.station(deputy.stationId()), newForm(request), List.of(), model, request);
    }

    @PostMapping("/d/{code}")
    String submitToDeputy(@PathVariable String code, @Valid @ModelAttribute("form") MessageForm form, BindingResult result,
                          @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                          @RequestParam(name = "keepPhoto", required = false) Set<Integer> keep, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        DeputyCard deputy = pages.deputy(code);
        if (!deputy.serving()) {
            throw UserFacingException.badRequest("error.deputy.notServing");
        }
        StationCard station = pages.station(deputy.stationId());
        return submit(deputy, station, Channel.DEPUTY_CODE, form, result, photos, keep, model, "/d/" + code, request, response);
    }

    @GetMapping("/s/{code}")
    String stationPage(@PathVariable String code, Model model, HttpServletRequest request) {
        return pages.page(null, pages.stationByCode(code), newForm(request), List.of(), model, request);
    }

    @PostMapping("/s/{code}")
    String submitToStation(@PathVariable String code, @Valid @ModelAttribute("form") MessageForm form, BindingResult result,
                           @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                           @RequestParam(name = "keepPhoto", required = false) Set<Integer> keep, Model model,
                           HttpServletRequest request, HttpServletResponse response) {
        StationCard station = pages.stationByCode(code);
        if (!station.active()) {
            throw UserFacingException.badRequest("error.station.inactive");
        }
        return submit(null, station, Channel.STATION_CODE, form, result, photos, keep, model, "/s/" + code, request, response);
    }

    /**
     * The receipt: the newest one handed out on this device, as long as the device keeps it (a reload, back). Every
     * receipt for the same deputy or station is the same page but for its ticket, code and time: kept rendered.
     */
    @GetMapping({"/d/{code}/received", "/s/{code}/received"})
    ModelAndView received(HttpServletRequest request, Model model) {
        var receipt = pass.latestReceipt(request);
        // the pass is sealed by this server: the receipt needs the case, not the whole tracking view
        var found = receipt.flatMap(r -> tracking.receipt(r.ticket(), r.code()));
        if (found.isEmpty()) {
            return new ModelAndView("cases/resident/no-receipt");
        }
        var record = found.get();
        model.addAttribute("ticket", record.ticket());
        model.addAttribute("queryCode", Receipt.shown(receipt.get().code()));
        model.addAttribute("submittedAt", Zones.dateTime(record.submittedAt()));
        model.addAttribute("deputy", record.deputyId() == null ? null : directory.deputy(record.deputyId()).orElse(null));
        model.addAttribute("station", directory.station(record.stationId()).orElse(null));
        return new ModelAndView(keptViews.view("cases/resident/received", record.deputyId() + "|" + record.stationId(),
                "ticket", "queryCode", "submittedAt"));
    }

    private String submit(DeputyCard deputy, StationCard station, Channel channel, MessageForm form, BindingResult result,
                          List<MultipartFile> uploads, Set<Integer> keep, Model model, String base, HttpServletRequest request,
                          HttpServletResponse response) {
        List<Attachment> photos = new ArrayList<>();
        // photos kept from a refused attempt come back only when the form asks for them (most messages: no look-up)
        if (keep != null && !keep.isEmpty() && form.getSubmissionKey() != null && !result.hasFieldErrors("submissionKey")) {
            pending.kept(form.getSubmissionKey()).stream()
                    .filter(k -> keep.contains(k.position()))
                    .forEach(k -> photos.add(k.photo()));
        }
        UserFacingException photoProblem = null;
        try {
            photos.addAll(ImageUpload.checkAll(uploads, MAX_PHOTOS));
            if (photos.size() > MAX_PHOTOS) {
                throw UserFacingException.badRequest("error.photos.tooMany");
            }
        } catch (UserFacingException e) {
            photoProblem = e;
            result.reject(e.getMessage(), e.getMessage());
        }
        if (form.getCategoryId() != null && !directory.isActiveCategory(form.getCategoryId())) {
            result.rejectValue("categoryId", "form.category.unknown", "请选择列表中的问题类别");
        }
        if (form.getBlockId() != null && !directory.isBlockOf(station.streetId(), form.getBlockId())) {
            result.rejectValue("blockId", "form.block.unknown", "请选择列表中的区块");
        }
        if (photoProblem != null) {
            // shown next to the photo field too; the rest of what the resident typed comes back as it was
            model.addAttribute("photoError", photoProblem.getMessage());
            response.setStatus(photoProblem.status().value());
        }
        String phone = Phones.normalize(form.getPhone());
        if (!result.hasErrors()) {
            try {
                messageLimits.take(request.getRemoteAddr(), phone);
            } catch (TooManyRequests e) {
                // the form again, with what the resident wrote, and the time to wait
                result.reject(e.getMessage(), e.getMessage());
                response.setStatus(e.status().value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            }
        }
        if (result.hasErrors()) {
            List<Attachment> kept = result.hasFieldErrors("submissionKey") ? List.of() : photos.stream().limit(MAX_PHOTOS).toList();
            if (!kept.isEmpty()) {
                pending.keep(form.getSubmissionKey(), kept);
            }
            return pages.page(deputy, station, form, kept, model, request);
        }
        // the case records whether the resident proved, by a one-time code, that the phone is theirs
        NewMessage message = new NewMessage(new NewMessage.Addressee(deputy == null ? null : deputy.id(), station.id(),
                station.streetId()), channel, new NewMessage.Content(form.getCategoryId(), form.getBlockId(), form.getText(),
                form.getPublicChoice(), photos), new NewMessage.Resident(Texts.clean(form.getName()), phone,
                Texts.clean(form.getEmail()), VerifiedPhone.proves(request, phone)), null, form.getSubmissionKey());
        Receipt receipt;
        try {
            receipt = intake.receive(message);
        } catch (DuplicateKeyException sameFormTwiceAtOnce) {
            receipt = intake.receive(message);
        }
        pass.remember(request, response, receipt.ticket(), receipt.queryCode(), true);
        return "redirect:" + base + "/received";
    }

    private static MessageForm newForm(HttpServletRequest request) {
        MessageForm form = new MessageForm();
        form.setSubmissionKey(PerVisitor.formKey(request));
        return form;
    }
}
