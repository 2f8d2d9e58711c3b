package org.mashang.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.PublicCase;
import org.mashang.cases.StageStatus;
import org.mashang.cases.TimelineEntry;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.mashang.platform.SiteProperties;
import org.mashang.receptions.ReceptionDay;

/** What the public API returns: the public pages' content, as JSON, with links to the pages and files. */
final class ApiViews {

    private ApiViews() {
    }

    record Station(String code, String name, String address, String phone, String openHours, String street, String page) {

        static Station of(StationCard s, SiteProperties site) {
            return new Station(s.code(), s.name(), s.address(), s.phone(), s.openHours(), s.streetName(), site.absolute("/s/" + s.code()));
        }
    }

    record Block(long id, String name) {

        static Block of(Ref r) {
            return new Block(r.id(), r.name());
        }
    }

    /** A deputy's card, as on the sign: nothing that is not printed there. */
    record Deputy(String code, String name, String level, String officePhone, String constituency, List<Block> blocks,
                  String station, String intro, String photo, String page) {

        static Deputy of(DeputyCard d, SiteProperties site) {
            return new Deputy(d.code(), d.name(), d.level().label(), d.officePhone(), d.constituency(),
                    d.blocks().stream().map(Block::of).toList(), d.stationName(), d.intro(),
                    d.hasPhoto() ? site.absolute("/d/" + d.code() + "/photo") : null, site.absolute("/d/" + d.code()));
        }
    }

    record ReceptionDayView(LocalDate date, LocalDate scheduled, String status, String notice, List<String> onDuty) {

        static ReceptionDayView of(ReceptionDay d) {
            return new ReceptionDayView(d.date(), d.scheduled(), d.status().label(), d.notice(),
                    d.onDuty().stream().map(DeputyCard::name).toList());
        }
    }

    record Step(int seq, String type, String label, String actor, String actorName, Instant occurredAt, String body,
                List<String> files) {
    }

    record Clock(String stage, Instant dueAt, String state) {
    }

    /** A public case: the reviewed text with personal data masked, and its public timeline (only on a single case). */
    record Case(String ticket, String state, String stateLabel, String channel, String deputy, String deputyCode, String category,
                String block, String text, Instant submittedAt, String satisfaction, List<Step> timeline, List<Clock> openStages,
                Boolean timelineVerified, String page) {

        static Case of(PublicCase c, boolean full, SiteProperties site) {
            List<Step> steps = full ? c.timeline().stream().map(e -> step(c.ticket(), e, site)).toList() : null;
            List<Clock> clocks = full ? c.openStages().stream().map(ApiViews::clock).toList() : null;
            return new Case(c.ticket(), c.state().name(), c.state().label(), c.channel().label(), c.deputyName(), c.deputyCode(),
                    c.categoryName(), c.blockName(), c.publicText(), c.submittedAt(),
                    c.satisfaction() == null ? null : c.satisfaction().label(), steps, clocks, full ? c.timelineVerified() : null,
                    site.absolute("/cases/" + c.ticket()));
        }
    }

    private static Step step(String ticket, TimelineEntry e, SiteProperties site) {
        return new Step(e.seq(), e.type(), e.typeLabel(), e.actorLabel(), e.actorName(), e.occurredAt(), e.body(),
                e.files().stream().map(f -> site.absolute("/track/" + ticket + "/files/" + f)).toList());
    }

    private static Clock clock(StageStatus s) {
        return new Clock(s.label(), s.dueAt(), s.state().name());
    }

    /**
     * A page of a list.
     *
     * @param page the page's number for the first pages reached by number; null for a page reached by a cursor
     * @param next the cursor of the page after ({@code ?after=}), null on the last page
     */
    record Page<T>(List<T> items, long total, @Nullable Integer page, int pageSize, @Nullable String next) {
    }
}
