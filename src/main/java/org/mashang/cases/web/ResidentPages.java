package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.Attachment;
import org.mashang.platform.Phones;
import org.mashang.platform.UploadProblem;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.VerifiedPhone;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The deputy's or station's page: who they write to, the form, and what a link shared in a chat app shows. */
@Component
@RequiredArgsConstructor
class ResidentPages {

    private final Directory directory;
    private final org.springframework.context.MessageSource messages;

    /**
     * @param kept photos kept from a refused submission, shown as already chosen
     * @param request the resident's: the phone they verified (shown masked), a form too large to read (shown next to
     *                the photo field unless the page says another problem with the photos)
     */
    String page(DeputyCard deputy, StationCard station, MessageForm form, List<Attachment> kept, Model model,
                HttpServletRequest request) {
        model.addAttribute("verifiedPhone", VerifiedPhone.of(request).map(v -> Phones.masked(v.phone())).orElse(null));
        if (!model.containsAttribute("photoError")) {
            model.addAttribute("photoError", UploadProblem.of(request));
        }
        model.addAttribute("deputy", deputy);
        model.addAttribute("station", station);
        model.addAttribute("form", form);
        model.addAttribute("keptPhotos", kept.size());
        model.addAttribute("categories", directory.activeCategories());
        model.addAttribute("blocks", directory.blocksOfStreet(station.streetId()));
        model.addAttribute("onDuty", directory.deputiesOfStation(station.id(), true));
        if (deputy != null && deputy.hasPhoto()) {
            model.addAttribute("ogImage", "/d/" + deputy.code() + "/photo");
        }
        // what a link shared in a chat app says under the title
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("ogDescription", deputy != null
                ? messages.getMessage("og.deputy", new Object[] {deputy.name(), messages.getMessage("level." + deputy.level().name(), null, locale),
                        deputy.stationName()}, locale)
                : messages.getMessage("og.station", new Object[] {station.name()}, locale));
        return "cases/resident/message";
    }

    DeputyCard deputy(String code) {
        return directory.deputyByCode(code.toLowerCase()).orElseThrow(() -> UserFacingException.notFound("error.deputy.notFound"));
    }

    StationCard station(long id) {
        return directory.station(id).orElseThrow(() -> UserFacingException.notFound("error.station.notFound"));
    }

    StationCard stationByCode(String code) {
        return directory.stationByCode(code.toLowerCase()).orElseThrow(() -> UserFacingException.notFound("error.station.notFound"));
    }
}
