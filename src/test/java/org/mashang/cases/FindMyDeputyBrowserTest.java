package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.ViewportSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A resident who has no sign at hand finds their deputy by block, with and without JavaScript. */
@BrowserTest
class FindMyDeputyBrowserTest extends ViewportSession {

    @ParameterizedTest(name = "JavaScript {0}")
    @CsvSource({"true", "false"})
    void findMyDeputyByBlockLeadsToTheDeputiesOfEveryLevel(boolean javascript) {
        browser = Browser.phone(390, 844, javascript);
        go("/");
        WebElement search = browser.findElement(By.id("q"));
        assertThat(top(By.id("q"))).as("the home page starts with find").isLessThan(400);
        search.sendKeys("万楼社区第2");
        browser.findElement(By.cssSelector("#home-find button[type=submit]")).click();
        waitFor(By.id("match-list"));
        browser.findElement(By.linkText("万楼社区第2区块")).click();
        waitFor(By.id("result"));
        Browser.screenshot(browser, "front-4-find" + (javascript ? "" : "-nojs"));
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("省人大代表", "区（县）人大代表", "刘春华", "赵明亮", "朱秀英", "下次接待日").doesNotContain("陈志远");
        if (javascript) {
            // search as you type, on the find page itself
            go("/find");
            browser.findElement(By.id("q")).sendKeys("湘竹");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.linkText("湘竹村第1区块")));
            assertThat(browser.getCurrentUrl()).as("no page load: the list came by htmx").endsWith("/find");
            browser.findElement(By.linkText("湘竹村第1区块")).click();
            waitFor(By.id("result"));
        }
        browser.findElements(By.cssSelector(".deputy-row a.btn")).get(0).click();
        waitFor(By.id("message-form"));
        assertThat(browser.getCurrentUrl()).matches(".*/d/wl\\d\\d");
    }
}
