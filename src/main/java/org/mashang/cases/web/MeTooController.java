package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.internal.Followers;
import org.mashang.cases.internal.MeToo;
import org.mashang.cases.internal.MessageLimits;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.PerVisitor;
import org.mashang.platform.Phones;
import org.mashang.platform.Texts;
import org.mashang.platform.TooManyRequests;
import org.mashang.platform.UserFacingException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我也反映: the similar public cases in handling shown next to the message form (a fragment for htmx as the resident
 * chooses block and category or types; a plain page for block and category without JavaScript, no personal data in its
 * address), and joining one of them instead of opening a new case.
 */
@Controller
@RequiredArgsConstructor
class MeTooController {

    private final MeToo meToo;
    private final Followers followers;
    private final ResidentPages pages;
    private final Directory directory;
    private final MessageLimits limits;
    private final ResidentPass pass;

    /** The plain page: block and category chosen with a GET form (the message's text never goes into the address). */
    @GetMapping({"/d/{code}/similar", "/s/{code}/similar"})
    String similarPage(@PathVariable String code, @RequestParam(required = false) Long categoryId,
                       @RequestParam(required = false) Long blockId, HttpServletRequest request, Model model) {
        Door door = door(request, code);
        model.addAttribute("door", door);
        model.addAttribute("categories", directory.activeCategories());
        model.addAttribute("blocks", directory.blocksOfStreet(door.station().streetId()));
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("blockId", blockId);
        model.addAttribute("similar", similar(door, blockId, categoryId, null));
        model.addAttribute("asked", blockId != null || categoryId != null);
        model.addAttribute("expanded", true);
        return "cases/resident/similar";
    }

    /** For htmx under the form, with the text typed so far: a POST, so the text stays out of addresses and logs. */
    @PostMapping({"/d/{code}/similar", "/s/{code}/similar"})
    String similarFragment(@PathVariable String code, @RequestParam(required = false) Long categoryId,
                           @RequestParam(required = false) Long blockId, @RequestParam(required = false) String text,
                           HttpServletRequest request, Model model) {
        Door door = door(request, code);
        model.addAttribute("door", door);
        model.addAttribute("similar", similar(door, blockId, categoryId, text == null || text.length() > 2000 ? null : text));
        model.addAttribute("asked", blockId != null || categoryId != null);
        model.addAttribute("expanded", false); // one folded line: the fields below it do not move under the resident's finger
        return "cases/resident/similar :: list";
    }

    @GetMapping("/cases/{ticket}/metoo")
    String joinForm(@PathVariable String ticket, HttpServletRequest request, Model model) {
        JoinForm form = new JoinForm();
        form.setSubmissionKey(PerVisitor.formKey(request));
        return joinPage(ticket, form, model);
    }

    @PostMapping("/cases/{ticket}/metoo")
    String join(@PathVariable String ticket, @Valid @ModelAttribute("form") JoinForm form, BindingResult result, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        MeToo.Joinable joinable = meToo.joinable(ticket);
        String phone = Phones.normalize(form.getPhone());
        if (!result.hasErrors()) {
            try {
                limits.take(request.getRemoteAddr(), phone);
            } catch (TooManyRequests e) {
                result.reject(e.getMessage(), e.getMessage());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
                response.setStatus(e.status().value());
                return joinPage(joinable, form, model);
            }
        }
        if (result.hasErrors()) {
            response.setStatus(400);
            return joinPage(joinable, form, model);
        }
        var receipt = meToo.join(joinable.ticket(), new MeToo.Join(Texts.clean(form.getName()), phone,
                Texts.clean(form.getComment()), form.getSubmissionKey()));
        pass.remember(request, response, receipt.ticket(), receipt.queryCode(), true);
        return "redirect:/cases/" + joinable.ticket() + "/metoo/received";
    }

    /** The receipt: the resident's own ticket and query code, kept on the device like a message's receipt. */
    @GetMapping("/cases/{ticket}/metoo/received")
    String received(@PathVariable String ticket, HttpServletRequest request, Model model) {
        var receipt = pass.latestReceipt(request);
        var followed = receipt.filter(r -> followers.follows(r.ticket()))
                .flatMap(r -> followers.follow(r.ticket(), r.code(), request.getRemoteAddr()));
        if (followed.isEmpty()) {
            return "cases/resident/no-receipt";
        }
        model.addAttribute("receipt", receipt.get());
        model.addAttribute("followed", followed.get());
        return "cases/resident/metoo-received";
    }

    private String joinPage(String ticket, JoinForm form, Model model) {
        return joinPage(meToo.joinable(ticket), form, model);
    }

    private String joinPage(MeToo.Joinable joinable, JoinForm form, Model model) {
        model.addAttribute("c", joinable);
        model.addAttribute("form", form);
        return "cases/resident/metoo";
    }

    private java.util.List<MeToo.Joinable> similar(Door door, Long blockId, Long categoryId, String text) {
        if (blockId != null && !directory.isBlockOf(door.station().streetId(), blockId)) {
            throw UserFacingException.badRequest("form.block.unknown");
        }
        if (categoryId != null && !directory.isActiveCategory(categoryId)) {
            throw UserFacingException.badRequest("form.category.unknown");
        }
        return meToo.similar(door.station().streetId(), blockId, categoryId, text);
    }

    /** The page the resident came from: a deputy's code or the station's; the link back leads to its form. */
    record Door(DeputyCard deputy, StationCard station, String path) {
    }

    private Door door(HttpServletRequest request, String code) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/d/")) {
            DeputyCard deputy = pages.deputy(code);
            return new Door(deputy, pages.station(deputy.stationId()), "/d/" + deputy.code());
        }
        StationCard station = pages.stationByCode(code);
        return new Door(null, station, "/s/" + station.code());
    }
}
