package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.mashang.cases.Channel;
import org.mashang.cases.internal.CaseIntake;
import org.mashang.cases.internal.NewMessage;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.mashang.platform.Attachment;
import org.mashang.platform.ImageUpload;
import org.mashang.platform.PerVisitor;
import org.mashang.platform.Phones;
import org.mashang.platform.PublicPages;
import org.mashang.platform.Texts;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.VerifiedPhone;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where a resident lands after scanning a sign: a deputy's code (/d/…) or a station's code (/s/…),
 * with the card of whom they are writing to and the message form.
 */
@Controller
class ResidentController {

    static final int MAX_PHOTOS = 3;

    private final Directory directory;
    private final CaseIntake intake;
    private final ReceiptCookies receipts;

    ResidentController(Directory directory, CaseIntake intake, ReceiptCookies receipts) {
        this.directory = directory;
        this.intake = intake;
        this.receipts = receipts;
    }

    /** The pages behind the codes, the tracking form and the wall are the same for every anonymous visitor. */
    @Bean
    static PublicPages residentPages() {
        return PublicPages.of("/d/*", "/s/*", "/track", "/cases/*").withQuery("/cases");
    }

    /** Shown on the form: the phone the resident verified at /verify, masked. */
    @ModelAttribute("verifiedPhone")
    String verifiedPhone(HttpServletRequest request) {
        return VerifiedPhone.of(request).map(v -> Phones.masked(v.phone())).orElse(null);
    }

    @GetMapping("/d/{code}")
    String deputyPage(@PathVariable String code, Model model, HttpServletRequest request) {
        DeputyCard deputy = deputy(code);
        return page(deputy, station(deputy.stationId()), newForm(request), model);
    }

    @PostMapping("/d/{code}")
    String submitToDeputy(@PathVariable String code, @Valid @ModelAttribute("form") MessageForm form, BindingResult result,
                          @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                          HttpServletRequest request, HttpServletResponse response) throws IOException {
        DeputyCard deputy = deputy(code);
        if (!deputy.serving()) {
            throw UserFacingException.badRequest("这位代表目前不在任，不能接收留言，请选择联络站的其他代表");
        }
        StationCard station = station(deputy.stationId());
        return submit(deputy, station, Channel.DEPUTY_CODE, form, result, photos, model, "/d/" + code, request, response);
    }

    @GetMapping("/s/{code}")
    String stationPage(@PathVariable String code, Model model, HttpServletRequest request) {
        return page(null, stationByCode(code), newForm(request), model);
    }

    @PostMapping("/s/{code}")
    String submitToStation(@PathVariable String code, @Valid @ModelAttribute("form") MessageForm form, BindingResult result,
                           @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                           HttpServletRequest request, HttpServletResponse response) throws IOException {
        StationCard station = stationByCode(code);
        if (!station.active()) {
            throw UserFacingException.badRequest("这个联络站已停用，不能接收留言");
        }
        return submit(null, station, Channel.STATION_CODE, form, result, photos, model, "/s/" + code, request, response);
    }

    /** The receipt, shown once: a reload, or a visit without having just sent a message, leads to the tracking page. */
    @GetMapping({"/d/{code}/received", "/s/{code}/received"})
    String received(Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<Receipt> receipt = receipts.take(request, response);
        if (receipt.isEmpty()) {
            return "redirect:/track";
        }
        model.addAttribute("receipt", receipt.get());
        return "resident/received";
    }

    private String submit(DeputyCard deputy, StationCard station, Channel channel, MessageForm form, BindingResult result,
                          List<MultipartFile> uploads, Model model, String base, HttpServletRequest request,
                          HttpServletResponse response) throws IOException {
        List<Attachment> photos = checkPhotos(uploads, result);
        if (form.getCategoryId() != null && directory.activeCategories().stream().noneMatch(c -> c.id() == form.getCategoryId())) {
            result.rejectValue("categoryId", "unknown", "请选择列表中的问题类别");
        }
        if (form.getBlockId() != null
                && directory.blocksOfStreet(station.streetId()).stream().noneMatch(b -> b.id() == form.getBlockId())) {
            result.rejectValue("blockId", "unknown", "请选择列表中的区块");
        }
        if (result.hasErrors()) {
            model.addAttribute("photosDropped", uploads != null && uploads.stream().anyMatch(f -> !f.isEmpty()));
            return page(deputy, station, form, model);
        }
        String phone = Phones.normalize(form.getPhone());
        // the case records whether the resident proved, by a one-time code, that the phone is theirs
        NewMessage message = new NewMessage(deputy == null ? null : deputy.id(), station.id(), station.streetId(), channel,
                form.getCategoryId(), form.getBlockId(), form.getText(), form.getPublicChoice(), Texts.clean(form.getName()),
                phone, photos, form.getSubmissionKey(), null, null, Texts.clean(form.getEmail()),
                VerifiedPhone.proves(request, phone));
        Receipt receipt;
        try {
            receipt = intake.submit(message);
        } catch (DuplicateKeyException sameFormTwiceAtOnce) {
            receipt = intake.submit(message);
        }
        receipts.give(receipt, base + "/received", request, response);
        return "redirect:" + base + "/received";
    }

    private static List<Attachment> checkPhotos(List<MultipartFile> uploads, BindingResult result) {
        try {
            return ImageUpload.checkAll(uploads, MAX_PHOTOS);
        } catch (UserFacingException e) {
            result.reject("photos", e.getMessage());
            return List.of();
        }
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

    private static MessageForm newForm(HttpServletRequest request) {
        MessageForm form = new MessageForm();
        form.setSubmissionKey(PerVisitor.formKey(request));
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
