package org.mashang.open311.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.directory.StationCard;
import org.springframework.stereotype.Service;

/**
 * What GeoReport calls services and jurisdictions, in the directory's terms: a service is a category of messages
 * ({@code service_code} = the category's id), a jurisdiction is a street with a liaison station
 * ({@code jurisdiction_id} = the street's region id), an {@code address_id} is one of its blocks (the block's region id).
 */
@Service
@RequiredArgsConstructor
public class ServiceCatalog {

    static final String BLOCK = "block";
    static final String DEPUTY_CODE = "deputy_code";

    private final Directory directory;

    /** The streets served: those with an active station, by id. */
    Map<Long, String> jurisdictions() {
        Map<Long, String> streets = new LinkedHashMap<>();
        directory.activeStations().stream().sorted(java.util.Comparator.comparingLong(StationCard::streetId))
                .forEach(s -> streets.putIfAbsent(s.streetId(), s.streetName()));
        return streets;
    }

    /** The street named by {@code jurisdiction_id}; null when none was given; 404 when it is not one we serve. */
    public @Nullable Long jurisdiction(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            return null;
        }
        Long id = number(jurisdictionId.strip());
        if (id == null || !jurisdictions().containsKey(id)) {
            throw new Open311Error(404, "jurisdiction_id " + jurisdictionId.strip() + " 不存在：请用本站服务的街道编号，见 discovery");
        }
        return id;
    }

    public Document services() {
        List<Map<String, ?>> list = new ArrayList<>();
        for (Ref c : directory.activeCategories()) {
            list.add(Document.fields("service_code", Long.toString(c.id()), "service_name", c.name(),
                    "description", "向人大代表反映" + c.name() + "方面的问题", "metadata", true, "type", "batch",
                    "keywords", c.name(), "group", "码上找代表"));
        }
        return Document.list("services", "service", list);
    }

    /** The category named by {@code service_code} as a parameter: 400 when missing or unknown. */
    Ref category(String serviceCode) {
        return category(serviceCode, 400);
    }

    /** @param unknown the status when there is no such category: 404 for a resource path, 400 for a parameter */
    Ref category(String serviceCode, int unknown) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new Open311Error(400, "缺少 service_code：请从 services 列表中选一个类别");
        }
        Long id = number(serviceCode.strip());
        return directory.activeCategories().stream().filter(c -> id != null && c.id() == id).findFirst()
                .orElseThrow(() -> new Open311Error(unknown, "service_code " + serviceCode.strip() + " 不存在：请从 services 列表中选一个类别"));
    }

    public Document definition(String serviceCode, Long street) {
        Ref category = category(serviceCode, 404);
        List<Map<String, ?>> blocks = new ArrayList<>();
        jurisdictions().forEach((streetId, streetName) -> {
            if (street == null || street.equals(streetId)) {
                directory.blocksOfStreet(streetId).forEach(b -> blocks.add(Document.fields("key", Long.toString(b.id()),
                        "name", streetName + " " + b.name())));
            }
        });
        List<Map<String, ?>> attributes = List.of(
                Document.fields("variable", true, "code", BLOCK, "datatype", "singlevaluelist", "required", false,
                        "datatype_description", "区块编号，也可用 address_id 传入", "order", 1,
                        "description", "问题所在的区块", "values", new Document.Items("value", blocks)),
                Document.fields("variable", true, "code", DEPUTY_CODE, "datatype", "string", "required", false,
                        "datatype_description", "代表公示牌二维码上 /d/ 后面的代码，如 wl01", "order", 2,
                        "description", "留给哪位代表（不填则由联络站统一处理）", "values", new Document.Items("value", List.of())));
        return new Document("service_definition", Document.fields("service_code", Long.toString(category.id()),
                "attributes", new Document.Items("attribute", attributes)));
    }

    /** The street a block lies in, among the streets served. */
    Optional<Long> streetOfBlock(long blockId) {
        return jurisdictions().keySet().stream()
                .filter(street -> directory.isBlockOf(street, blockId)).findFirst();
    }

    /** The street's station that takes messages not addressed to a deputy: the first active one. */
    Optional<StationCard> stationOf(long street) {
        return directory.activeStations().stream().filter(s -> s.streetId() == street)
                .min(java.util.Comparator.comparingLong(StationCard::id));
    }

    Directory directory() {
        return directory;
    }

    static Long number(String text) {
        try {
            long n = Long.parseLong(text);
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
