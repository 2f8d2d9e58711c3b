package org.mashang.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wall's pages stop where its count does (WallFilter.COUNT_CAP cases), and its filters keep working when their
 * drop-down list is too long to be offered (a province's deputies and blocks).
 */
@IntegrationTest
class WallPagingTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLastPageTheCountReachesIsServedAndThePageAfterItIsRefusedInChinese() throws Exception {
        int lastPage = WallFilter.COUNT_CAP / WallFilter.PAGE_SIZE - 1;
        mvc.perform(get("/cases").param("page", String.valueOf(lastPage))).andExpect(status().isOk());
        mvc.perform(get("/cases").param("page", String.valueOf(lastPage + 1)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("页码不正确")));
    }

    @Test
    void aStreetsDeputiesAndBlocksAreOfferedInTheFilter() throws Exception {
        mvc.perform(get("/cases")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"f-deputy\"")))
                .andExpect(content().string(containsString("id=\"f-block\"")))
                .andExpect(content().string(not(containsString("type=\"hidden\" name=\"deputy\""))));
    }
}
