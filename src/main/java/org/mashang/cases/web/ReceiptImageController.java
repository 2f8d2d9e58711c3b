package org.mashang.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.internal.CaseTracking;
import org.mashang.directory.Directory;
import org.mashang.platform.SiteProperties;
import org.mashang.platform.UserFacingException;
import org.mashang.signs.ReceiptCards;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "保存凭证": the receipt as a PNG for the phone's album (shown inline: in a chat app's browser a download goes nowhere,
 * a long press on the image saves it), with the ticket, the query code, the date, whom the message went
 * to and the tracking address. Only a device that knows the code gets it; it is never cached on the way.
 */
@Controller
@RequiredArgsConstructor
class ReceiptImageController {

    private final ResidentPass pass;
    private final CaseTracking tracking;
    private final Directory directory;
    private final ReceiptCards cards;
    private final MessageSource messages;
    private final SiteProperties site;
    private final org.mashang.cases.internal.Followers followers;
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(org.mashang.platform.Zones.CHINA);

    @GetMapping("/track/{ticket}/receipt.png")
    ResponseEntity<byte[]> receipt(@PathVariable String ticket, HttpServletRequest request, Locale locale) {
        String code = pass.code(request, ticket).orElseThrow(() -> UserFacingException.notFound("error.receipt.notFound"));
        var record = followers.follows(ticket)
                ? followers.follow(ticket, code, request.getRemoteAddr()).map(f -> f.followed())
                : tracking.track(ticket, code, request.getRemoteAddr()).map(t -> t.record());
        var c = record.orElseThrow(() -> UserFacingException.notFound("error.receipt.notFound"));
        // a follower's receipt carries their own ticket; whom it went to and when are the followed case's
        String own = followers.follows(ticket) ? ticket.strip() : c.ticket();
        String to = c.deputyId() != null ? directory.deputy(c.deputyId()).map(d -> d.name()).orElse("")
                : directory.station(c.stationId()).map(s -> s.name()).orElse("");
        List<ReceiptCards.Line> lines = List.of(
                new ReceiptCards.Line(text("receipt.ticket", locale), own),
                new ReceiptCards.Line(text("receipt.code", locale), code.substring(0, 4) + " " + code.substring(4)),
                new ReceiptCards.Line(text("receipt.to", locale), to),
                new ReceiptCards.Line(text("receipt.date", locale), WHEN.format(c.submittedAt())));
        byte[] png = cards.png(text("receipt.image.title", locale), lines, text("receipt.image.note", locale),
                site.absolute("/track?ticket=" + own));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.inline().filename("mashang-" + own + ".png")
                        .build().toString())
                .body(png);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
