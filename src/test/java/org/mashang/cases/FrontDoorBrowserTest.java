package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.TestImages;
import org.mashang.ViewportSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new user on a cheap phone, with and without JavaScript: scans a sign, finds the form in the first screen, is told
 * in sight what to fix, keeps the receipt through a reload, follows the message (the query code in no URL the browser
 * ever asks for). Finding one's deputy by block is {@link FindMyDeputyBrowserTest}; elder mode, English and axe are
 * {@link ElderModeBrowserTest}; twice the text size is {@link TextSizeBrowserTest}. The sign is a deputy's of a street of
 * each test's own.
 */
@BrowserTest
class FrontDoorBrowserTest extends ViewportSession {

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    @ParameterizedTest(name = "{0}x{1}, JavaScript {2}")
    @CsvSource({"390, 844, true", "360, 640, true", "390, 844, false", "360, 640, false"})
    void scanFormInFirstScreenRefusedInSightFixedReloadedFollowed(int width, int height, boolean javascript) throws Exception {
        String deputyPage = data.named(data.street().create(), "刘春华").deputyPage();
        browser = Browser.phone(width, height, javascript);
        go(deputyPage);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("刘春华");
        assertThat(browser.getTitle()).isEqualTo("刘春华 · 码上找代表");
        assertThat(top(By.id("text"))).as("the message box is in the first screen").isLessThan(height - 40);
        assertThat(top(By.cssSelector("a[href='#leave']"))).isLessThan(height);
        Browser.screenshot(browser, "front-1-form-" + width + (javascript ? "" : "-nojs"));

        browser.findElement(By.id("text")).sendKeys("小区门口的路灯坏了一个星期，晚上很黑。");
        new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText("测试类别");
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
}
