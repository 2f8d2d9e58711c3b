package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.PhoneSession;
import org.mashang.TestImages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new user on a cheap phone, with and without JavaScript: scans a sign, finds the form in the first screen, is told
 * in sight what to fix, keeps the receipt through a reload, follows the message (the query code in no URL the browser
 * ever asks for); finds their deputy by block; and the pages pass axe in elder mode and in English.
 */
@BrowserTest
class FrontDoorBrowserTest extends PhoneSession {

    /** Each test opens the phone of its own viewport. */
    @Override
    protected ChromeDriver defaultPhone() {
        return null;
    }

    @ParameterizedTest(name = "{0}x{1}, JavaScript {2}")
    @CsvSource({"390, 844, true", "360, 640, true", "390, 844, false", "360, 640, false"})
    void scanFormInFirstScreenRefusedInSightFixedReloadedFollowed(int width, int height, boolean javascript) throws Exception {
        browser = Browser.phone(width, height, javascript);
        go("/d/wl01");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("刘春华");
        assertThat(browser.getTitle()).isEqualTo("刘春华 · 码上找代表");
        assertThat(top(By.id("text"))).as("the message box is in the first screen").isLessThan(height - 40);
        assertThat(top(By.cssSelector("a[href='#leave']"))).isLessThan(height);
        Browser.screenshot(browser, "front-1-form-" + width + (javascript ? "" : "-nojs"));

        browser.findElement(By.id("text")).sendKeys("小区门口的路灯坏了一个星期，晚上很黑。");
        new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText("市容环境");
        browser.findElement(By.cssSelector("input[name=publicChoice][value=true]")).click();
        browser.findElement(By.id("phone")).sendKeys("12345");
        Path photo = Files.createTempFile("lamp", ".jpg");
        Files.write(photo, TestImages.jpeg());
        browser.findElement(By.id("photo-1")).sendKeys(photo.toString());
        browser.findElement(By.id("submit")).click();

        waitFor(By.id("error-summary"));
        Browser.screenshot(browser, "front-2-refused-" + width + (javascript ? "" : "-nojs"));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("电话号码格式不正确");
        long summaryTop = top(By.id("error-summary"));
        assertThat(summaryTop).as("the summary is in view").isBetween(0L, (long) height - 60);
        if (javascript) {
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        }
        assertThat(browser.findElement(By.id("phone")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("phone")).getAttribute("aria-describedby")).contains("phone-error");
        assertThat(browser.findElement(By.id("keep-1")).isSelected()).as("the photo is kept").isTrue();
        summary.findElement(By.cssSelector("a[href='#phone']")).click();
        browser.findElement(By.id("phone")).clear();
        browser.findElement(By.id("submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/received"));
        String ticket = browser.findElement(By.id("ticket")).getText();
        String code = browser.findElement(By.id("query-code")).getText();
        assertThat(ticket).matches("\\d{6}-\\d{5,}");
        assertThat(code).matches("\\d{4} \\d{4}");
        assertThat(((Number) browser.executeScript("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                + " return r.getClientRects().length", browser.findElement(By.id("ticket")))).intValue())
                .as("the ticket stays on one line").isEqualTo(1);
        assertThat((Boolean) browser.executeScript("var e = arguments[0]; return e.getBoundingClientRect().right <= innerWidth",
                browser.findElement(By.id("query-code")))).as("the code fits the screen").isTrue();
        Browser.screenshot(browser, "front-3-receipt-" + width + (javascript ? "" : "-nojs"));

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("ticket")).getText()).isEqualTo(ticket);
        assertThat(browser.findElement(By.id("query-code")).getText()).isEqualTo(code);

        browser.findElement(By.id("follow")).click();
        waitFor(By.id("state"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("待审核");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("小区门口的路灯坏了");
        List<WebElement> photos = browser.findElements(By.cssSelector("main img"));
        assertThat(photos).hasSize(1);
        assertThat((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", photos.get(0)))
                .as("the photo loads without the code in its address").isTrue();
        browser.navigate().back();
        assertThat(browser.findElement(By.id("query-code")).getText()).as("back to the receipt").isEqualTo(code);

        // a new phone: the ticket and the code typed in, posted, never in an address
        browser.manage().deleteAllCookies();
        go("/track");
        browser.findElement(By.id("ticket")).sendKeys(ticket);
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.cssSelector("#track-form button[type=submit]")).click();
        waitFor(By.id("state"));
        String digits = code.replace(" ", "");
        assertThat(Browser.requestedUrls(browser)).as("every address this browser asked for").isNotEmpty()
                .noneMatch(url -> url.contains(digits) || url.contains(code.replace(" ", "%20")) || url.contains("code="));
        assertThat(browser.getCurrentUrl()).doesNotContain(digits);
    }

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

    @Test
    void elderModeAndEnglishPagesPassAxe() throws Exception {
        browser = Browser.phone(390, 844, true);
        go("/d/wl01");
        assertThat(Browser.seriousAccessibilityProblems(browser)).as("standard, Chinese").isEmpty();
        browser.findElement(By.id("elder-on")).click();
        waitFor(By.id("elder-off"));
        assertThat(browser.getCurrentUrl()).endsWith("/d/wl01");
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
        go("/d/wl01");
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

    @Test
    void twiceTheTextSizeStillLaysOut() {
        // 200% zoom on a 390 px phone leaves 195 CSS pixels
        browser = Browser.phone(195, 422, true);
        for (String page : List.of("/d/wl01", "/", "/find", "/track", "/cases")) {
            go(page);
            Object wide = browser.executeScript("""
                    var w = document.documentElement.clientWidth, out = [];
                    document.querySelectorAll('body *').forEach(function (e) {
                      var r = e.getBoundingClientRect();
                      if (r.right > w + 1 && getComputedStyle(e).position !== 'absolute') out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right));
                    });
                    return out.slice(0, 5);""");
            assertThat((List<?>) wide).as("%s: what sticks out at twice the text size", page).isEmpty();
        }
        go("/d/wl01");
        WebElement name = browser.findElement(By.cssSelector(".deputy-card h1"));
        assertThat(name.getSize().getHeight()).as("the name is not one character per line")
                .isLessThan(2 * px(".deputy-card h1", "lineHeight"));
    }

    /** A message left and axe run on each resident page; returns the message's ticket. */
    private String axeOnResidentPages(String mode) {
        go("/d/wl02");
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
        for (String page : List.of("/", "/d/wl01", "/s/wanlou", "/d/wl99", "/find", "/find?q=万楼", "/track", "/track/" + ticket, "/cases",
                "/stations/wanlou/receptions", "/stats", "/privacy")) {
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

    private long top(By by) {
        return ((Number) browser.executeScript("return Math.round(arguments[0].getBoundingClientRect().top)",
                browser.findElement(by))).longValue();
    }

    private int px(String selector, String property) {
        return ((Number) browser.executeScript("var v = getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];"
                + " return Math.round(parseFloat(v))", selector, property)).intValue();
    }
}
