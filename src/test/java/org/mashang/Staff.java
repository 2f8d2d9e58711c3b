package org.mashang;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signs a MockMvc request in as one of the demo accounts, with its real roles and links. */
public final class Staff {

    public static final String ADMIN = "admin";
    public static final String REVIEWER = "shenhe";
    public static final String DISPATCHER = "jiaoban";
    public static final String DEPUTY = "daibiao01";
    public static final String DEPARTMENT = "chengguan";

    private Staff() {
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        return user(users.loadUserByUsername(username));
    }
}
