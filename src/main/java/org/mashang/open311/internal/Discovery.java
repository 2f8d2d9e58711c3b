package org.mashang.open311.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.SiteProperties;
import org.springframework.stereotype.Component;

/** The service discovery document: where the GeoReport v2 endpoint is and in which formats it answers. */
@Component
@RequiredArgsConstructor
public class Discovery {

    /** Changed when what this server answers changes; clients may cache the document until then. */
    static final String CHANGESET = "2026-12-01T00:00:00+08:00";

    private final SiteProperties site;
    private final Open311Properties properties;
    private final ServiceCatalog catalog;

    public Document document() {
        var endpoint = Document.fields("specification", "http://wiki.open311.org/GeoReport_v2",
                "url", site.absolute("/open311/v2"), "changeset", CHANGESET, "type", "production",
                "formats", new Document.Items("format", List.of("text/xml", "application/json")));
        var jurisdictions = catalog.jurisdictions().entrySet().stream()
                .map(e -> Document.fields("jurisdiction_id", Long.toString(e.getKey()), "name", e.getValue())).toList();
        return new Document("discovery", Document.fields("changeset", CHANGESET, "contact", properties.contact(),
                "key_service", "向管理员申请：管理员在 " + site.absolute("/admin/open311/keys") + " 为贵平台签发 api_key",
                "endpoints", new Document.Items("endpoint", List.of(endpoint)),
                "jurisdictions", new Document.Items("jurisdiction", jurisdictions)));
    }
}
