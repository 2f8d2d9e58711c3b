package org.mashang;

import org.mashang.platform.ReferenceDataChanged;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Test data written straight into the reference tables (stations, deputies, regions …) bypasses the administrators'
 * pages, which tell the caches of reference data; a fixture that does so tells them itself.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static void changed(MockMvc mvc) {
        mvc.getDispatcherServlet().getWebApplicationContext().publishEvent(new ReferenceDataChanged("test data"));
    }
}
