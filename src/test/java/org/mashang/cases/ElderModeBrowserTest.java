package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.TestData.Street;
import org.mashang.ViewportSession;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The resident's pages pass axe (WCAG 2.1 AA) in standard and elder mode, in Chinese and in English; the deputies and
 * station are of a street of the test's own (two serving deputies and a former one).
 */
@BrowserTest
class ElderModeBrowserTest extends ViewportSession {

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    Street street;

    @Test
    void elderModeAndEnglishPagesPassAxe() throws Exception {
        street = data.named(data.street().deputies(2).withFormerDeputy().create(), "刘春华");
        browser = Browser.phone(390, 844, true);
        go(street.deputyPage());
        assertThat(Browser.seriousAccessibilityProblems(browser)).as("standard, Chinese").isEmpty();
        browser.findElement(By.id("elder-on")).click();
        waitFor(By.id("elder-off"));
        assertThat(browser.getCurrentUrl()).endsWith(street.deputyPage());
        assertThat(px("body", "fontSize")).as("elder mode text").isGreaterThanOrEqualTo(22);
        assertThat(browser.findElement(By.id("submit")).getSize().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(browser.findElement(By.id("elder-off")).getSize().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(present(By.cssSelector("details#record"))).as("fewer things per screen")
                .allMatch(e -> !e.isDisplayed());
        Browser.screenshot(browser, "front-5-elder");
        String ticket = axeOnResidentPages("elder, Chinese");

        browser.findElement(By.id("lang-en")).click();
        waitFor(By.id("lang-zh"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        go(street.deputyPage());
        assertThat(browser.findElement(By.id("submit")).getText()).isEqualTo("Send message");
        Browser.screenshot(browser, "front-6-elder-english");
        axeOnResidentPages("elder, English");
        browser.findElement(By.id("elder-off")).click();
        waitFor(By.id("elder-on"));
        assertThat(px("body", "fontSize")).isLessThan(22);
        axeOnResidentPages("standard, English");
        go("/track/" + ticket);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Waiting for review");
    }

    /** A message left and axe run on each resident page; returns the message's ticket. */
    private String axeOnResidentPages(String mode) {
        go("/d/" + street.deputies().get(1).code());
        browser.findElement(By.id("text")).sendKeys("accessibility check 无障碍检查");
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        browser.findElement(By.cssSelector("input[name=publicChoice][value=false]")).click();
        browser.findElement(By.id("phone")).sendKeys("12345");
        browser.findElement(By.id("submit")).click();
        waitFor(By.id("error-summary"));
        List<String> problems = new java.util.ArrayList<>(prefixed("refused form", Browser.seriousAccessibilityProblems(browser)));
        browser.findElement(By.id("phone")).clear();
        browser.findElement(By.id("submit")).click();
        waitFor(By.id("query-code"));
        problems.addAll(prefixed("receipt", Browser.seriousAccessibilityProblems(browser)));
        String ticket = browser.findElement(By.id("ticket")).getText();
        String station = street.stationCode();
        for (String page : List.of("/", street.deputyPage(), "/s/" + station, "/d/" + street.deputies().get(2).code(), "/find",
                "/find?q=测试街道-" + street.key(), "/track", "/track/" + ticket, "/cases", "/stations/" + station + "/receptions",
                "/stats", "/privacy")) {
            go(page);
            problems.addAll(prefixed(page, Browser.seriousAccessibilityProblems(browser)));
        }
        go("/find");
        browser.findElements(By.cssSelector("#communities a")).get(0).click();
        waitFor(By.id("block-list"));
        browser.findElements(By.cssSelector("#block-list a")).get(0).click();
        waitFor(By.id("result"));
        problems.addAll(prefixed("find result", Browser.seriousAccessibilityProblems(browser)));
        assertThat(problems).as("axe, WCAG 2.1 AA, serious or critical, %s", mode).isEmpty();
        return ticket;
    }

    private static List<String> prefixed(String page, List<String> problems) {
        return problems.stream().map(p -> page + " → " + p).toList();
    }
}
