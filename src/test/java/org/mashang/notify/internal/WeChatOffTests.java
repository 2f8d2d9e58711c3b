package org.mashang.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.RecipientKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Without an Official Account configured nothing of WeChat shows: no sign-in, no button, no channel. */
@IntegrationTest
class WeChatOffTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelRouter router;

    @Autowired
    WeChatLinks links;

    @Test
    void noSignInNoButtonNoChannel() throws Exception {
        mvc.perform(get("/wechat/signin")).andExpect(status().isNotFound());
        mvc.perform(get("/wechat/callback").param("code", "x").param("state", "y")).andExpect(status().isNotFound());
        mvc.perform(get("/verify").header("User-Agent", "Mozilla/5.0 MicroMessenger/8.0"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("用微信登录"))));
        links.link("oWx-off", "13400000001", Instant.now());
        var route = router.route(new Recipient(RecipientKind.RESIDENT, "resident", null, "13400000001", null, null),
                "resident-accepted");
        assertThat(route).isPresent();
        assertThat(route.get().channel()).isNotEqualTo(ChannelKind.WECHAT);
        links.unlink("13400000001");
    }
}
