package org.mashang.open311.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.PublicCase;
import org.mashang.cases.PublicFeed;
import org.mashang.cases.StageStatus;
import org.mashang.cases.TimelineEntry;
import org.mashang.platform.SiteProperties;
import org.springframework.stereotype.Service;

/**
 * GET requests and GET requests/{id}: public cases as GeoReport service requests. Everything comes from the public
 * wall's view ({@link PublicFeed}), so private and unreviewed cases are never there and texts are masked; coordinates
 * a platform posted are rounded to about 100 m.
 */
@Service
@RequiredArgsConstructor
public class RequestFeed {

    static final int MAX_REQUESTS = 1000;
    static final Duration MAX_SPAN = Duration.ofDays(90);

    private final PublicFeed feed;
    private final ServiceCatalog catalog;
    private final RequestRepository posted;
    private final SiteProperties site;
    private final Clock clock;

    /** @param p the query's parameters, one value each */
    public Document requests(Map<String, String> p) {
        Long street = catalog.jurisdiction(p.get("jurisdiction_id"));
        List<String> ids = null;
        if (p.get("service_request_id") != null && !p.get("service_request_id").isBlank()) {
            ids = Arrays.stream(p.get("service_request_id").split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            if (ids.size() > MAX_REQUESTS) {
                throw new Open311Error(400, "service_request_id 最多 " + MAX_REQUESTS + " 个");
            }
        }
        Long category = p.get("service_code") == null || p.get("service_code").isBlank() ? null : catalog.category(p.get("service_code")).id();
        Boolean closed = status(p.get("status"));
        Instant from = Dates.parse(p.get("start_date"), "start_date");
        Instant to = Dates.parse(p.get("end_date"), "end_date");
        if (ids == null) {
            // without ids the specification's default window: the last 90 days, at most 90 days
            if (from != null && to != null && to.isBefore(from)) {
                throw new Open311Error(400, "end_date 早于 start_date");
            }
            if (from != null && to != null && Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
                throw new Open311Error(400, "start_date 与 end_date 相隔不能超过 90 天");
            }
            to = to != null ? to : from != null ? from.plus(MAX_SPAN) : clock.instant();
            from = from != null ? from : to.minus(MAX_SPAN);
        }
        int pageSize = bounded(p.get("page_size"), "page_size", MAX_REQUESTS, MAX_REQUESTS);
        int page = bounded(p.get("page"), "page", 1, Integer.MAX_VALUE / MAX_REQUESTS);
        var cases = feed.find(new PublicFeed.Query(ids, street, category, closed, from, to, pageSize, (page - 1) * pageSize));
        return document(cases);
    }

    public Document request(String ticket) {
        var found = feed.byTicket(ticket == null ? "" : ticket)
                .orElseThrow(() -> new Open311Error(404, "service_request_id " + ticket + " 不存在，或未公开"));
        return document(List.of(found));
    }

    private Document document(List<PublicFeed.FeedCase> cases) {
        var positions = posted.byCases(cases.stream().map(PublicFeed.FeedCase::caseId).toList());
        return Document.list("service_requests", "request", cases.stream().map(c -> request(c, positions)).toList());
    }

    private Map<String, Object> request(PublicFeed.FeedCase c, Map<Long, RequestRepository.PostedRequest> positions) {
        PublicCase pc = c.publicCase();
        List<TimelineEntry> timeline = pc.timeline();
        TimelineEntry last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        String notes = last == null ? null : last.typeLabel() + (last.body() == null || last.body().isBlank() ? "" : "：" + last.body());
        StageStatus open = pc.openStages().isEmpty() ? null : pc.openStages().get(0);
        String media = timeline.stream().flatMap(e -> e.files().stream()).reduce((a, b) -> b)
                .map(f -> site.absolute("/track/" + pc.ticket() + "/files/" + f)).orElse(null);
        var at = positions.get(c.caseId());
        return Document.fields(
                "service_request_id", pc.ticket(),
                "status", PublicFeed.closed(pc.state()) ? "closed" : "open",
                "status_notes", notes,
                "service_name", pc.categoryName(),
                "service_code", Long.toString(c.categoryId()),
                "description", pc.publicText(),
                "agency_responsible", c.departments().isEmpty() ? null : String.join("、", c.departments()),
                "service_notice", pc.state().label(),
                "requested_datetime", Dates.format(pc.submittedAt()),
                "updated_datetime", Dates.format(c.updatedAt()),
                "expected_datetime", open == null ? null : Dates.format(open.dueAt()),
                "address", pc.blockName(),
                "address_id", c.blockId() == null ? null : Long.toString(c.blockId()),
                "zipcode", null,
                "lat", at == null || at.lat() == null ? null : rounded(at.lat()),
                "long", at == null || at.lon() == null ? null : rounded(at.lon()),
                "media_url", media);
    }

    /** Three decimals: about 100 m, enough to find the place, not a doorstep. */
    private static double rounded(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }

    private static Boolean status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var wanted = Arrays.stream(value.split(",")).map(String::strip).map(String::toLowerCase).distinct().toList();
        if (!List.of("open", "closed").containsAll(wanted)) {
            throw new Open311Error(400, "status 只能是 open、closed，或用逗号分隔的两者");
        }
        return wanted.size() == 2 ? null : wanted.contains("closed");
    }

    private static int bounded(String value, String name, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Long n = ServiceCatalog.number(value.strip());
        if (n == null || n > max) {
            throw new Open311Error(400, name + " 须是 1 到 " + max + " 之间的整数");
        }
        return n.intValue();
    }
}
