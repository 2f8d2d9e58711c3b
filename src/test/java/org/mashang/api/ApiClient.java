package org.mashang.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.mashang.OwnAddress;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An app reading the public API from an address of its own (so other tests' reads do not count against its limit). */
final class ApiClient {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MockMvc mvc;
    private OwnAddress address;

    ApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpServletResponse call(String url) throws Exception {
        if (address == null) {
            address = new OwnAddress(mvc);
        }
        return address.send(get(url));
    }

    JsonNode ok(String url) throws Exception {
        MockHttpServletResponse r = call(url);
        assertThat(r.getStatus()).as(url + " " + r.getContentAsString()).isEqualTo(200);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The Chinese detail of a 400 problem answer. */
    String refused(String url) throws Exception {
        MockHttpServletResponse r = call(url);
        assertThat(r.getStatus()).as(url).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString();
    }
}
