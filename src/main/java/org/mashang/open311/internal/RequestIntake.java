package org.mashang.open311.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.Stage;
import org.mashang.cases.CaseState;
import org.mashang.cases.OfflineIntake;
import org.mashang.cases.PlatformIntake;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.mashang.platform.Codes;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * POST requests and GET tokens: a platform's post becomes a message of the normal intake, waiting for review. Until a
 * reviewer accepts it for the public wall it has no public id, so the answer is a token and a notice with the review
 * deadline; GET tokens tells the ticket (the {@code service_request_id}) once the case is public.
 */
@Service
@RequiredArgsConstructor
public class RequestIntake {

    private static final Map<String, String> PARAMETER_OF_FIELD = Map.of("stationId", "jurisdiction_id",
            "deputyId", "attribute[" + ServiceCatalog.DEPUTY_CODE + "]", "categoryId", "service_code", "blockId", "address_id",
            "text", "description", "name", "first_name / last_name", "phone", "phone", "email", "email");

    private final ServiceCatalog catalog;
    private final PlatformIntake intake;
    private final OfflineIntake statuses;
    private final RequestRepository requests;
    private final Deadlines deadlines;
    private final Clock clock;

    /** @param p the request's parameters, one value each */
    @Transactional
    public Document post(ApiKey key, Map<String, String> p) {
        Ref category = catalog.category(p.get("service_code"));
        Long street = catalog.jurisdiction(p.get("jurisdiction_id"));
        DeputyCard deputy = deputy(p.get("attribute[" + ServiceCatalog.DEPUTY_CODE + "]"));
        Long block = block(p.get("attribute[" + ServiceCatalog.BLOCK + "]"), p.get("address_id"));
        Double lat = coordinate(p.get("lat"), "lat", 90);
        Double lon = coordinate(p.get("long"), "long", 180);
        String address = limited(p.get("address_string"), "address_string", 250);
        if ((lat == null || lon == null) && address == null && block == null) {
            throw new Open311Error(400, "请给出位置：lat 和 long，或 address_string，或 address_id（区块编号）");
        }
        String description = Texts.clean(p.get("description"));
        if (description == null) {
            throw new Open311Error(400, "缺少 description：请写下反映的问题");
        }
        String media = limited(p.get("media_url"), "media_url", 1000);
        if (media != null && !media.matches("(?i)https?://\\S+")) {
            throw new Open311Error(400, "media_url 须是 http(s) 网址");
        }
        StationCard station = station(street, deputy, block);
        String text = description + (address == null ? "" : "\n地点：" + address) + (media == null ? "" : "\n图片：" + media);
        String name = join(Texts.clean(p.get("last_name")), Texts.clean(p.get("first_name")));
        PlatformIntake.Receipt receipt;
        try {
            receipt = intake.submit(new PlatformIntake.Message(key.name(), station.id(), deputy == null ? null : deputy.id(),
                    category.id(), block, text, name, p.get("phone"), p.get("email")));
        } catch (FieldProblem e) {
            throw new Open311Error(400, PARAMETER_OF_FIELD.getOrDefault(e.field(), e.field()) + "：" + e.getMessage());
        }
        Instant now = clock.instant();
        String token = Codes.random(24);
        requests.insert(new RequestRepository.PostedRequest(token, receipt.caseId(), key.id(), lat, lon, address, media,
                limited(p.get("device_id"), "device_id", 100), limited(p.get("account_id"), "account_id", 100), now));
        String notice = "已收到，等待审核：工作人员将在 " + Dates.format(deadlines.dueAt(Stage.REVIEW, now))
                + " 前审核。审核通过并公开后，用 token 查询可得到 service_request_id（工单号）";
        return Document.list("service_requests", "request", List.of(Document.fields("token", token, "service_notice", notice,
                "account_id", p.get("account_id"))));
    }

    /** GET tokens/{token}: the ticket once the case is public, else only the token. */
    @Transactional(readOnly = true)
    public Document token(String token) {
        var posted = requests.byToken(token == null ? "" : token)
                .orElseThrow(() -> new Open311Error(404, "token " + token + " 不存在"));
        String ticket = statuses.statuses(List.of(posted.caseId())).stream()
                .filter(s -> s.isPublic() && s.state() != CaseState.SUBMITTED && s.state() != CaseState.REJECTED
                        && s.state() != CaseState.MERGED)
                .map(OfflineIntake.Status::ticket).findFirst().orElse(null);
        return Document.list("service_requests", "request", List.of(Document.fields("service_request_id", ticket, "token", token)));
    }

    private DeputyCard deputy(String code) {
        String clean = Texts.clean(code);
        if (clean == null) {
            return null;
        }
        return catalog.directory().deputyByCode(clean).filter(DeputyCard::serving)
                .orElseThrow(() -> new Open311Error(400, "attribute[" + ServiceCatalog.DEPUTY_CODE + "]：没有在任的代表使用代码 " + clean));
    }

    private Long block(String attribute, String addressId) {
        String given = Texts.clean(attribute) != null ? Texts.clean(attribute) : Texts.clean(addressId);
        if (given == null) {
            return null;
        }
        Long id = ServiceCatalog.number(given);
        if (id == null || catalog.streetOfBlock(id).isEmpty()) {
            throw new Open311Error(400, "address_id " + given + " 不是本站服务的区块编号：见 services/{service_code} 中 block 的取值");
        }
        return id;
    }

    /** The deputy's station; else the street's (given, or the block's). */
    private StationCard station(Long street, DeputyCard deputy, Long block) {
        if (deputy != null) {
            if (street != null && deputy.streetId() != street) {
                throw new Open311Error(400, "这位代表不在 jurisdiction_id " + street + " 所指的街道");
            }
            return catalog.directory().station(deputy.stationId())
                    .orElseThrow(() -> new Open311Error(400, "这位代表所在的联络站已停用"));
        }
        Long where = street != null ? street : block == null ? null : catalog.streetOfBlock(block).orElse(null);
        if (where == null) {
            throw new Open311Error(400, "缺少 jurisdiction_id：请给出街道编号，或给出 address_id（区块编号）");
        }
        return catalog.stationOf(where).orElseThrow(() -> new Open311Error(404, "该街道没有开放的联络站"));
    }

    private static Double coordinate(String value, String name, double bound) {
        String clean = Texts.clean(value);
        if (clean == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(clean);
            if (Double.isFinite(d) && Math.abs(d) <= bound) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Open311Error(400, name + " 须是 -" + (int) bound + " 到 " + (int) bound + " 之间的十进制度数（WGS84）");
    }

    private static String limited(String value, String name, int max) {
        String clean = Texts.clean(value);
        if (clean != null && clean.length() > max) {
            throw new Open311Error(400, name + " 不能超过 " + max + " 个字符");
        }
        return clean;
    }

    private static String join(String last, String first) {
        return last == null ? first : first == null ? last : last + first;
    }
}
