package org.mashang.receptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.PhoneSession;
import org.mashang.TestClock;
import org.mashang.TestData.Street;
import org.mashang.TestImages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deputy records a forum on their phone after it was held — attendance, outcomes, a photo — enters an issue raised
 * there, hands the resident the ticket and query code, and finds the forum in their record. On a street of the test's
 * own, whose two deputies bear the demo's names so the pages read as they would.
 */
@BrowserTest
class ForumBrowserTest extends PhoneSession {

    @Autowired
    TestClock clock;

    @Autowired
    DeputyRecords records;

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDeputyRecordsAForumAndFindsItInTheirRecord() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 16, 20, 30));
        Street street = data.named(data.street().deputies(2).create(), "陈志远", "刘春华");
        long deputy = street.deputy().id();
        DeputyRecord before = records.of(deputy, 2026);

        signIn(street.deputy().username());
        go("/staff");
        browser.findElement(By.linkText("履职活动")).click();
        browser.findElement(By.id("new-forum")).click();
        waitFor(By.id("activity-form"));
        assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getText()).isEqualTo("民情恳谈会");
        assertThat(browser.findElement(By.id("day")).getAttribute("value")).isEqualTo("2026-03-16");
        browser.findElement(By.id("topic")).sendKeys("莲城社区电动车充电难民情恳谈会");
        browser.findElement(By.id("place")).sendKeys("莲城社区党群服务中心");
        browser.findElement(By.id("attendance")).sendKeys("36");
        browser.findElement(By.id("summary")).sendKeys("居民集中反映电动车充电难、楼道充电有隐患。代表现场答复，提请街道增设充电桩。");
        WebElement self = deputyBox("陈志远");
        assertThat(self.isSelected()).as("the deputy recording is ticked").isTrue();
        check(deputyBox("刘春华"));
        browser.findElement(By.id("outcome-0")).sendKeys("12000");
        browser.findElement(By.id("outcome-4")).sendKeys("8");
        Path photo = Files.createTempFile("forum", ".jpg");
        Files.write(photo, TestImages.jpeg());
        browser.findElement(By.cssSelector("input[type=file][name=photos]")).sendKeys(photo.toString());
        Browser.screenshot(browser, "forum-1-form");
        browser.findElement(By.id("save")).click();

        saved();
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("莲城社区电动车充电难民情恳谈会", "36 人", "挽回经济损失", "12000", "安装路灯", "陈志远", "刘春华");
        assertThat(browser.findElements(By.cssSelector(".photos img"))).hasSize(1);

        browser.findElement(By.id("issue-text")).sendKeys("莲城社区3栋楼下没有充电桩，居民只能飞线充电。");
        new Select(browser.findElement(By.id("issue-category"))).selectByIndex(1);
        browser.findElement(By.cssSelector("#issue input[name=publicChoice][value=true]")).click();
        browser.findElement(By.id("issue-submit")).click();
        waitFor(By.id("receipt"));
        Browser.screenshot(browser, "forum-2-issue-receipt");
        String ticket = browser.findElement(By.id("ticket")).getText();
        assertThat(ticket).startsWith("260316-");
        assertThat(browser.findElement(By.id("query-code")).getText().replace(" ", "")).hasSize(8);
        assertThat(browser.findElement(By.id("issues")).getText()).contains(ticket, "待审核");

        go("/deputy/record");
        waitFor(By.id("record"));
        Browser.screenshot(browser, "forum-3-record");
        DeputyRecord after = records.of(deputy, 2026);
        assertThat(after.of(ActivityKind.FORUM).count()).isEqualTo(before.of(ActivityKind.FORUM).count() + 1);
        assertThat(after.of(ActivityKind.FORUM).attendance()).isEqualTo(before.of(ActivityKind.FORUM).attendance() + 36);
        assertThat(after.issuesRaised()).isEqualTo(before.issuesRaised() + 1);
        assertThat(browser.findElement(By.id("kind-FORUM")).getText())
                .isEqualTo(after.of(ActivityKind.FORUM).count() + " 次，参加群众 " + after.of(ActivityKind.FORUM).attendance() + " 人次");
        assertThat(browser.findElement(By.id("people-reached")).getText()).isEqualTo(after.peopleReached() + " 人次");
        BigDecimal money = after.outcomes().stream().filter(f -> f.indicator().equals("挽回经济损失")).findFirst().orElseThrow().amount();
        assertThat(browser.findElement(By.id("record")).getText()).contains("挽回经济损失 " + money.stripTrailingZeros().toPlainString() + " 元");
        assertThat(browser.findElement(By.id("activity-list")).getText()).contains("莲城社区电动车充电难民情恳谈会");

        // the public: this Monday's reception day on the station's page, the forum in the deputy's summary
        browser.manage().deleteAllCookies();
        go("/stations/" + street.stationCode() + "/receptions");
        waitFor(By.id("day-2026-03-16"));
        Browser.screenshot(browser, "forum-4-public-receptions");
        go(street.deputyPage());
        // the yearly record sits below the form, folded
        browser.findElement(By.cssSelector("details#record > summary")).click();
        assertThat(browser.findElement(By.id("record-summary")).getText()).contains("2026 年履职情况", "民情恳谈会");
    }

    /** Waits for the answer to a form: saved (a flash message), or shown again with problems, which fail the test. */
    private void saved() {
        try {
            Browser.waitFor(browser, By.cssSelector(".flash, .field-error, .form-errors"));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "forum-failed");
            throw new AssertionError("no answer to the form at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        assertThat(present(By.cssSelector(".field-error, .form-errors")))
                .as("problems on the page: %s", browser.findElement(By.tagName("main")).getText()).isEmpty();
    }

    private WebElement deputyBox(String name) {
        return browser.findElement(By.xpath("//label[contains(@class,'check')][span[text()='" + name + "']]/input"));
    }
}
