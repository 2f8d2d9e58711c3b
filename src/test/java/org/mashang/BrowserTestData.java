package org.mashang;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@link PerTestData} for a {@link BrowserTest} class, whose application has no MockMvc of its own: {@code
 * @RegisterExtension final BrowserTestData data = new BrowserTestData();} gives each test a {@link TestData} of the
 * application the browser talks to and retires its streets after it. A page a browser test measures should look as a
 * real one does, so a street's deputies can be given names as people have ({@link #named}), not the test's key.
 */
public final class BrowserTestData implements BeforeEachCallback, AfterEachCallback {

    private TestData current;
    private MockMvc mvc;

    @Override
    public void beforeEach(ExtensionContext context) {
        WebApplicationContext application = (WebApplicationContext) SpringExtension.getApplicationContext(context);
        mvc = MockMvcBuilders.webAppContextSetup(application).apply(springSecurity()).build();
        current = TestData.of(mvc);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        current.close();
    }

    public TestData.StreetBuilder street() {
        return current.street();
    }

    /**
     * Gives the street's deputies (and their accounts), in their order, these names, as on a deputy's page and sign. The
     * street's record keeps the names it was made with.
     */
    public TestData.Street named(TestData.Street street, String... names) {
        JdbcClient jdbc = mvc.getDispatcherServlet().getWebApplicationContext().getBean(JdbcClient.class);
        for (int i = 0; i < names.length; i++) {
            TestData.Person deputy = street.deputies().get(i);
            jdbc.sql("update deputy set name = ? where id = ?").params(names[i], deputy.id()).update();
            jdbc.sql("update staff_user set display_name = ? where username = ?").params(names[i], deputy.username()).update();
        }
        ReferenceData.changed(mvc);
        return street;
    }

    /** Takes the block off the street's deputy at that index: they no longer serve its residents. */
    public void uncover(TestData.Street street, int deputy, long block) {
        JdbcClient jdbc = mvc.getDispatcherServlet().getWebApplicationContext().getBean(JdbcClient.class);
        jdbc.sql("delete from deputy_block where deputy_id = ? and block_id = ?").params(street.deputies().get(deputy).id(), block)
                .update();
        ReferenceData.changed(mvc);
    }

    /** The name of the street's first block, as the message form's block list shows it. */
    public static String firstBlock(TestData.Street street) {
        return "测试社区-" + street.key() + "第1区块";
    }
}
