package org.mashang.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.mashang.OwnAddress;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A GeoReport client for tests: each instance comes from its own address, so read limits of other tests do not bite. */
class Open311Client {

    final MockMvc mvc;
    private final OwnAddress from;
    private final JsonMapper json = JsonMapper.builder().build();

    Open311Client(MockMvc mvc) {
        this.mvc = mvc;
        this.from = new OwnAddress(mvc);
    }

    MockHttpServletResponse get(String path, String... params) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/open311/v2/" + path), params);
    }

    MockHttpServletResponse post(String path, String... params) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/open311/v2/" + path), params);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String... params) throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return from.send(request);
    }

    JsonNode json(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static org.w3c.dom.Document xml(MockHttpServletResponse response) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    static String xpath(org.w3c.dom.Document doc, String expression) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(expression, doc, XPathConstants.STRING);
    }

    static double count(org.w3c.dom.Document doc, String expression) throws Exception {
        return (Double) XPathFactory.newInstance().newXPath().evaluate("count(" + expression + ")", doc, XPathConstants.NUMBER);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
