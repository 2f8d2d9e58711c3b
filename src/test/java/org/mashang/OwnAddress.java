package org.mashang;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An anonymous client with an address of its own, so the per-address limits other tests use up do not bite; answers
 * are read as UTF-8.
 */
public final class OwnAddress {

    private final MockMvc mvc;
    private final String address = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
            + (int) (Math.random() * 250);

    public OwnAddress(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
