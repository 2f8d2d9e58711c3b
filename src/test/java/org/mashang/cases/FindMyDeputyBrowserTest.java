package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.TestData.Street;
import org.mashang.ViewportSession;
import org.mashang.directory.DeputyLevel;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident who has no sign at hand finds their deputy by block, with and without JavaScript. On a street of each
 * test's own: a provincial deputy and three district ones (with the demo's names), the last not serving block 2.
 */
@BrowserTest
class FindMyDeputyBrowserTest extends ViewportSession {

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    @ParameterizedTest(name = "JavaScript {0}")
    @CsvSource({"true", "false"})
    void findMyDeputyByBlockLeadsToTheDeputiesOfEveryLevel(boolean javascript) {
        Street street = data.named(data.street().levels(DeputyLevel.PROVINCIAL, DeputyLevel.COUNTY, DeputyLevel.COUNTY,
                DeputyLevel.COUNTY).create(), "朱秀英", "刘春华", "赵明亮", "陈志远");
        data.uncover(street, 3, street.blocks().get(1));
        String community = "测试社区-" + street.key();
        browser = Browser.phone(390, 844, javascript);
        go("/");
        WebElement search = browser.findElement(By.id("q"));
        assertThat(top(By.id("q"))).as("the home page starts with find").isLessThan(400);
        search.sendKeys(community + "第2");
        browser.findElement(By.cssSelector("#home-find button[type=submit]")).click();
        waitFor(By.id("match-list"));
        browser.findElement(By.linkText(community + "第2区块")).click();
        waitFor(By.id("result"));
        Browser.screenshot(browser, "front-4-find" + (javascript ? "" : "-nojs"));
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("省人大代表", "区（县）人大代表", "刘春华", "赵明亮", "朱秀英", "下次接待日").doesNotContain("陈志远");
        if (javascript) {
            // search as you type, on the find page itself
            go("/find");
            browser.findElement(By.id("q")).sendKeys(community + "第1");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.linkText(community + "第1区块")));
            assertThat(browser.getCurrentUrl()).as("no page load: the list came by htmx").endsWith("/find");
            browser.findElement(By.linkText(community + "第1区块")).click();
            waitFor(By.id("result"));
        }
        browser.findElements(By.cssSelector(".deputy-row a.btn")).get(0).click();
        waitFor(By.id("message-form"));
        assertThat(browser.getCurrentUrl()).matches(".*/d/" + street.key() + "d\\d");
    }
}
