package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The intake desk's form gets the shared fields of a message with its own ids, labelled for screen readers. */
@IntegrationTest
class IntakePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    @Test
    void theSharedMessageFieldsKeepThePagesIds() throws Exception {
        String page = mvc.perform(get("/intake").with(Staff.as(users, data.street().reviewer()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<label for=\"text\">群众反映的问题</label>")
                .containsPattern("<textarea id=\"text\"[^>]* rows=\"5\"[^>]* name=\"text\">")
                .contains("<label for=\"categoryId\">问题类别</label>").contains("<select id=\"categoryId\" name=\"categoryId\">")
                .contains("<label for=\"blockId\">区块</label>").contains("<select id=\"blockId\" name=\"blockId\">")
                .doesNotContain("placeholder=\"时间");
    }
}
