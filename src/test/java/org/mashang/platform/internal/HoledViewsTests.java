package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.platform.ReferenceDataChanged;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A receipt-like page rendered once per key and filled with each visitor's values: the values are the visitor's own,
 * the rest is rendered again only when it may differ (another key, language, elder mode, staff, a value that is not
 * plain, a form in it, a change by an administrator).
 */
@UnitTest
class HoledViewsTests {

    final AtomicInteger renders = new AtomicInteger();
    /** The page: its ticket and code where the template puts them, and what the layout shows of the visitor's state. */
    String template = "<p>受理编号 %s</p><a href=\"/track/%s\">查看</a><p>查询码 %s</p><p>%s</p>";

    final View page = new View() {
        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            renders.incrementAndGet();
            response.setContentType(getContentType());
            response.getWriter().write(template.formatted(model.get("ticket"), model.get("ticket"), model.get("code"),
                    request.getAttribute("elder")));
            response.getWriter().flush();
        }
    };

    final HoledViews views = views(Duration.ofSeconds(10));

    HoledViews views(Duration ttl) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("pages", (ViewResolver) (name, locale) -> name.equals("receipt") ? page : null);
        return new HoledViews(new PageCacheProperties(ttl, 100, DataSize.ofMegabytes(1), DataSize.ofKilobytes(512)),
                beans.getBeanProvider(ViewResolver.class));
    }

    String show(HoledViews views, String key, String ticket, String code, boolean elder, boolean signedIn) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/d/wl01/received");
        request.setAttribute("lang", "zh-CN");
        request.setAttribute("elder", elder);
        request.setAttribute("here", "/d/wl01/received");
        request.setAttribute("signedIn", signedIn);
        request.addPreferredLocale(Locale.SIMPLIFIED_CHINESE);
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, Object> model = new HashMap<>(Map.of("ticket", ticket, "code", code));
        views.view("receipt", key, "ticket", "code").render(model, request, response);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        return response.getContentAsString();
    }

    String expected(String ticket, String code, boolean elder) {
        return template.formatted(ticket, ticket, code, elder);
    }

    @Test
    void eachVisitorGetsTheirOwnValuesInAPageRenderedOnce() throws Exception {
        assertThat(show(views, "wl01", "261202-00001", "1234 5678", false, false)).isEqualTo(expected("261202-00001", "1234 5678", false));
        assertThat(show(views, "wl01", "261202-00002", "8765 4321", false, false)).isEqualTo(expected("261202-00002", "8765 4321", false));
        assertThat(show(views, "wl01", "261202-00003", "1111 2222", false, false)).isEqualTo(expected("261202-00003", "1111 2222", false));
        assertThat(renders).hasValue(1);
    }

    @Test
    void whatMayChangeTheRestOfThePageIsRenderedOnItsOwn() throws Exception {
        show(views, "wl01", "261202-00001", "1234 5678", false, false);
        assertThat(show(views, "wl02", "261202-00002", "8765 4321", false, false)).isEqualTo(expected("261202-00002", "8765 4321", false));
        assertThat(show(views, "wl01", "261202-00003", "1111 2222", true, false)).isEqualTo(expected("261202-00003", "1111 2222", true));
        assertThat(renders).hasValue(3);
        // staff signed in: their header is their own, never kept
        show(views, "wl01", "261202-00004", "3333 4444", false, true);
        show(views, "wl01", "261202-00005", "5555 6666", false, true);
        assertThat(renders).hasValue(5);
        // an administrator's change shows at once
        views.on(new ReferenceDataChanged("deputy"));
        show(views, "wl01", "261202-00006", "7777 8888", false, false);
        assertThat(renders).hasValue(6);
    }

    @Test
    void aValueThatIsNotPlainIsRenderedAsItIsAndNeverBecomesPartOfThePage() throws Exception {
        show(views, "wl01", "261202-00001", "1234 5678", false, false);
        assertThat(show(views, "wl01", "<b>x</b>", "1234 5678", false, false)).isEqualTo(expected("<b>x</b>", "1234 5678", false));
        assertThat(renders).hasValue(2);
        assertThat(show(views, "wl01", "261202-00002", "8765 4321", false, false)).isEqualTo(expected("261202-00002", "8765 4321", false));
        assertThat(renders).hasValue(2);
    }

    @Test
    void aPageWithAFormIsNotKept() throws Exception {
        template = "<form><input type=\"hidden\" name=\"_csrf\" value=\"t\"></form><p>%s %s %s %s</p>";
        for (String ticket : List.of("261202-00001", "261202-00002", "261202-00003")) {
            assertThat(show(views, "wl01", ticket, "1234 5678", false, false)).isEqualTo(expected(ticket, "1234 5678", false));
        }
        // the first visitor's page was rendered once to keep and once as it is; the others' as they are
        assertThat(renders).hasValue(4);
    }

    @Test
    void aPageIsRenderedAgainOnceItsTimeIsUpAndNotAtAllWithoutATime() throws Exception {
        HoledViews brief = views(Duration.ofMillis(1));
        show(brief, "wl01", "261202-00001", "1234 5678", false, false);
        Thread.sleep(5);
        assertThat(show(brief, "wl01", "261202-00002", "8765 4321", false, false)).isEqualTo(expected("261202-00002", "8765 4321", false));
        assertThat(renders).hasValue(2);
        HoledViews off = views(Duration.ZERO);
        show(off, "wl01", "261202-00003", "1111 2222", false, false);
        show(off, "wl01", "261202-00004", "3333 4444", false, false);
        assertThat(renders).hasValue(4);
    }
}
