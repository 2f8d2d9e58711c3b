package org.mashang.signs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.directory.StationChoice;
import org.mashang.directory.StationChooser;
import org.mashang.platform.UserFacingException;
import org.mashang.signs.internal.CodeReissue;
import org.mashang.signs.internal.RetiredCodes;
import org.mashang.signs.internal.ScanKind;
import org.mashang.signs.internal.SignFormat;
import org.mashang.signs.internal.SignScans;
import org.mashang.signs.internal.SignSize;
import org.mashang.signs.internal.Signs;
import org.mashang.signs.PrintedAddresses;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signs for administrators: print them, see how often each code is scanned, re-issue a deputy's code. */
@Controller
@RequestMapping("/admin/signs")
@RequiredArgsConstructor
class SignAdminController {

    static final int DAILY_DAYS = 14;

    private final Directory directory;
    private final Signs signs;
    private final SignScans scans;
    private final RetiredCodes retired;
    private final CodeReissue reissue;
    private final Clock clock;
    private final org.mashang.signs.PrintedAddress printed;
    private final StationChooser chooser;

    record DeputyRow(DeputyCard deputy, SignScans.Counts scans, List<RetiredCodes.RetiredCode> oldCodes) {
    }

    record Day(LocalDate day, long scans, int percent) {
    }

    @GetMapping
    String page(@RequestParam(name = "station", required = false) Long stationId, @RequestParam(required = false) Long region,
                @RequestParam(required = false) String q, Model model) {
        PrintedAddresses.add(printed, model);
        List<StationCard> stations = directory.activeStations();
        // a drop-down of a province's 2,000 stations: a search and the regions instead
        StationChoice choice = stations.size() > StationChoice.FEW ? chooser.choose(null, region, q) : null;
        model.addAttribute("choice", choice);
        model.addAttribute("stations", choice == null ? stations : List.of());
        model.addAttribute("sizes", SignSize.values());
        StationCard station = stationId != null
                ? directory.station(stationId).orElseThrow(() -> UserFacingException.notFound("没有找到这个联络站"))
                : stations.stream().findFirst().orElse(null);
        model.addAttribute("station", station);
        if (station == null) {
            return "signs/signs";
        }
        LocalDate today = LocalDate.now(clock);
        List<DeputyCard> deputies = Signs.byLevel(directory.deputiesOfStation(station.id(), false));
        List<Long> ids = deputies.stream().map(DeputyCard::id).toList();
        Map<Long, SignScans.Counts> counts = scans.counts(ScanKind.DEPUTY, ids, today);
        Map<Long, List<RetiredCodes.RetiredCode>> oldCodes = retired.redirecting(ids, today).stream()
                .collect(Collectors.groupingBy(RetiredCodes.RetiredCode::deputyId));
        model.addAttribute("rows", deputies.stream().map(d -> new DeputyRow(d, counts.getOrDefault(d.id(), SignScans.Counts.NONE),
                oldCodes.getOrDefault(d.id(), List.of()))).toList());
        model.addAttribute("stationScans", scans.counts(ScanKind.STATION, List.of(station.id()), today)
                .getOrDefault(station.id(), SignScans.Counts.NONE));
        model.addAttribute("servingCount", deputies.stream().filter(DeputyCard::serving).count());
        model.addAttribute("days", daily(ids, station.id(), today));
        return "signs/signs";
    }

    private List<Day> daily(List<Long> deputyIds, long stationId, LocalDate today) {
        LocalDate from = today.minusDays(DAILY_DAYS - 1);
        Map<LocalDate, Long> perDay = scans.daily(deputyIds, List.of(stationId), from, today);
        long max = Math.max(1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(0));
        List<Day> days = new ArrayList<>();
        for (LocalDate day = today; !day.isBefore(from); day = day.minusDays(1)) {
            long n = perDay.getOrDefault(day, 0L);
            days.add(new Day(day, n, (int) Math.round(100.0 * n / max)));
        }
        return days;
    }

    /** One deputy's sign: {@code sign.pdf} or {@code sign.png}. */
    @GetMapping("/deputies/{id}/sign.{format}")
    ResponseEntity<byte[]> deputySign(@PathVariable long id, @PathVariable String format,
                                      @RequestParam(required = false) String size) {
        return file(signs.deputy(id, SignSize.parse(size), SignFormat.ofExtension(format)));
    }

    /** The station's own sign, whose code leads to the station's pool. */
    @GetMapping("/stations/{id}/sign.{format}")
    ResponseEntity<byte[]> stationSign(@PathVariable long id, @PathVariable String format,
                                       @RequestParam(required = false) String size) {
        return file(signs.station(id, SignSize.parse(size), SignFormat.ofExtension(format)));
    }

    /** Every serving deputy's sign of the station, one per page. */
    @GetMapping("/stations/{id}/deputies.pdf")
    ResponseEntity<byte[]> stationDeputies(@PathVariable long id, @RequestParam(required = false) String size) {
        return file(signs.stationDeputies(id, SignSize.parse(size)));
    }

    @PostMapping("/deputies/{id}/reissue")
    String reissue(@PathVariable long id, RedirectAttributes redirect) {
        CodeReissue.Reissued done = reissue.reissue(id);
        redirect.addFlashAttribute("flash", "已为" + done.deputyName() + "重新制码：新专属码 " + done.newCode() + "。旧码 "
                + done.oldCode() + " 到 " + done.oldCodeRedirectsUntil() + " 前仍会跳转到新码，请尽快打印并张贴新的公示牌。");
        return "redirect:/admin/signs?station=" + done.stationId();
    }

    private static ResponseEntity<byte[]> file(Signs.Printed printed) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(printed.mediaType()))
                .header("Content-Disposition", ContentDisposition.inline().filename(printed.fileName()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(printed.content());
    }
}
