package org.mashang.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.DeputyFinder;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.SiteProperties;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.mashang.receptions.ReceptionSchedule;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stations, deputies' cards, who covers a block, and reception days: what the public pages show, as JSON. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "联络站与代表")
@RequiredArgsConstructor
class DirectoryApiController {

    static final int MAX_DAYS = 366;

    private final Directory directory;
    private final DeputyFinder finder;
    private final ReceptionSchedule schedule;
    private final SiteProperties site;
    private final Clock clock;

    @GetMapping("/stations")
    @Operation(summary = "开放的联络站，先设立的在前", description = "每页 size 个（默认 50，最多 200）；page 只用于前 10 页（0–9）；"
            + "之后的页用上一页答复中的 next：?after={next}，next 为 null 时已是最后一页")
    ApiViews.Page<ApiViews.Station> stations(@RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "" + StationPages.DEFAULT_SIZE) int size,
                                             @RequestParam(required = false) String after) {
        // the cursor names a station (open or closed since): the page goes on from it
        Long from = after == null ? null : directory.stationByCode(after).map(StationCard::id)
                .orElseThrow(() -> UserFacingException.badRequest("after 须是上一页答复中的 next"));
        return StationPages.page(directory.activeStations(), page, size, from, s -> ApiViews.Station.of(s, site));
    }

    @GetMapping("/stations/{code}")
    @Operation(summary = "一个联络站")
    ApiViews.Station station(@PathVariable String code) {
        return ApiViews.Station.of(station(code, true), site);
    }

    @GetMapping("/stations/{code}/deputies")
    @Operation(summary = "联络站在任的代表（名片）")
    List<ApiViews.Deputy> deputiesOf(@PathVariable String code) {
        return directory.deputiesOfStation(station(code, true).id(), true).stream().map(d -> ApiViews.Deputy.of(d, site)).toList();
    }

    @GetMapping("/stations/{code}/reception-days")
    @Operation(summary = "联络站的接待日", description = "from 到 to（含），默认从今天起 60 天，最多 366 天")
    List<ApiViews.ReceptionDayView> receptionDays(@PathVariable String code,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        StationCard station = station(code, true);
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(Zones.CHINA));
        LocalDate end = to != null ? to : start.plusDays(60);
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw UserFacingException.badRequest("日期范围不正确：to 不能早于 from，且最多 " + MAX_DAYS + " 天");
        }
        return schedule.days(station.id(), start, end).stream().map(ApiViews.ReceptionDayView::of).toList();
    }

    @GetMapping("/deputies/{code}")
    @Operation(summary = "一位代表的名片", description = "code 为公示牌二维码上 /d/ 后面的代码")
    ApiViews.Deputy deputy(@PathVariable String code) {
        DeputyCard card = directory.deputyByCode(code).filter(DeputyCard::serving)
                .orElseThrow(() -> UserFacingException.notFound("没有在任的代表使用代码 " + code));
        return ApiViews.Deputy.of(card, site);
    }

    @GetMapping("/deputies")
    @Operation(summary = "谁是我的代表", description = "覆盖一个区块的在任代表，最基层的在前")
    List<ApiViews.Deputy> covering(@Parameter(description = "区块编号") @RequestParam long block) {
        finder.block(block).orElseThrow(() -> UserFacingException.notFound("没有这个区块：" + block));
        return finder.covering(block).stream().map(d -> ApiViews.Deputy.of(d, site)).toList();
    }

    @GetMapping("/blocks")
    @Operation(summary = "按名称查找区块", description = "区块或所在社区的名称包含 q")
    List<ApiViews.Block> blocks(@RequestParam String q) {
        if (q.isBlank() || q.length() > 50) {
            throw UserFacingException.badRequest("q 须是 1 到 50 个字");
        }
        return finder.searchBlocks(q.strip(), 50).stream().map(p -> new ApiViews.Block(p.id(), p.within() + " " + p.name())).toList();
    }

    private StationCard station(String code, boolean activeOnly) {
        return directory.stationByCode(code).filter(s -> !activeOnly || s.active())
                .orElseThrow(() -> UserFacingException.notFound("没有这个联络站：" + code));
    }
}
