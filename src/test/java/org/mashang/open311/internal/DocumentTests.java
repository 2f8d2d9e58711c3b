package org.mashang.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import tools.jackson.databind.json.JsonMapper;

/** JSON and XML from one document: lists become arrays, or one element per item named by the list. */
@UnitTest
class DocumentTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aListAtTheTopIsAJsonArrayAndAnXmlRootWithOneElementPerItem() {
        Document d = Document.list("service_requests", "request", List.of(Document.fields("token", "abc", "account_id", null)));
        assertThat(d.json(json)).isEqualTo("[{\"token\":\"abc\",\"account_id\":null}]");
        assertThat(d.xml()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request><token>abc</token>"
                + "<account_id/></request></service_requests>");
    }

    @Test
    void nestedListsAndTypesAndEscaping() {
        Document d = new Document("service_definition", Document.fields("service_code", "3", "attributes",
                new Document.Items("attribute", List.of(Document.fields("variable", true, "order", 1, "description", "<a & b>")))));
        assertThat(d.json(json)).isEqualTo("{\"service_code\":\"3\",\"attributes\":[{\"variable\":true,\"order\":1,"
                + "\"description\":\"<a & b>\"}]}");
        assertThat(d.xml()).contains("<attributes><attribute><variable>true</variable><order>1</order>"
                + "<description>&lt;a &amp; b&gt;</description></attribute></attributes>");
    }

    @Test
    void anErrorIsTheSpecificationsErrorList() {
        Document d = new Open311Error(403, "api_key 无效").document();
        assertThat(d.json(json)).isEqualTo("[{\"code\":403,\"description\":\"api_key 无效\"}]");
        assertThat(d.xml()).endsWith("<errors><error><code>403</code><description>api_key 无效</description></error></errors>");
    }

    @Test
    void datesAreIso8601WithTheOffsetAndParametersNeedOne() {
        assertThat(Dates.format(java.time.Instant.parse("2026-12-01T01:30:00Z"))).isEqualTo("2026-12-01T09:30:00+08:00");
        assertThat(Dates.parse("2026-12-01T09:30:00 08:00", "start_date")).isEqualTo(java.time.Instant.parse("2026-12-01T01:30:00Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dates.parse("2026-12-01", "start_date"))
                .isInstanceOf(Open311Error.class).hasMessageContaining("start_date");
    }
}
