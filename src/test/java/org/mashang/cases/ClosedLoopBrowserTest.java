package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.PhoneSession;
import org.mashang.TestClock;
import org.mashang.TestImages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The example from the source article, end to end in a browser: on the evening of 5 December 2023 a resident
 * reports street vendors on 莲城大道 through a deputy's code; the reviewer accepts; the deputy replies next
 * morning and asks for dispatch; the dispatcher sends it to 城管办 and 执法中队; both report; the deputy replies
 * to the resident; the resident is satisfied; the public wall shows the whole timeline with the phone masked.
 * On the demo street on purpose: it is README's closed loop to try by hand (wl01, shenhe, daibiao01, jiaoban, chengguan).
 */
@BrowserTest
class ClosedLoopBrowserTest extends PhoneSession {

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void streetVendorsOnLianchengAvenue() throws Exception {
        clock.set(LocalDateTime.of(2023, 12, 5, 19, 40));
        go("/d/wl01");
        browser.findElement(By.id("text")).sendKeys("莲城大道晚上有流动摊贩占道经营，油烟大，影响行人通行。我的电话13912345678。");
        browser.findElement(By.cssSelector("#categoryId option:nth-child(2)")).click();
        browser.findElement(By.id("phone")).sendKeys("13912345678");
        browser.findElement(By.cssSelector("input[name=publicChoice][value=true]")).click();
        Path photo = Files.createTempFile("vendors", ".jpg");
        Files.write(photo, TestImages.jpeg());
        browser.findElements(By.cssSelector("input.photo-input")).get(0).sendKeys(photo.toString());
        Browser.screenshot(browser, "loop-1-resident-form");
        browser.findElement(By.id("submit")).click();
        waitFor(By.id("query-code"));
        Browser.screenshot(browser, "loop-2-receipt");
        String ticket = browser.findElement(By.id("ticket")).getText();
        String code = browser.findElement(By.id("query-code")).getText().replace(" ", "");

        clock.set(LocalDateTime.of(2023, 12, 6, 8, 10));
        signIn("shenhe");
        go("/review");
        browser.findElement(By.linkText(ticket)).click();
        assertThat(browser.findElement(By.id("publicText")).getAttribute("value")).contains("139****5678");
        Browser.screenshot(browser, "loop-3-review");
        browser.findElement(By.cssSelector("#accept button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        clock.set(LocalDateTime.of(2023, 12, 6, 9, 30));
        signIn("daibiao01");
        go("/deputy");
        browser.findElement(By.partialLinkText(ticket)).click();
        browser.findElement(By.id("reply-text")).sendKeys("今早已到莲城大道现场查看，情况属实，已提请人大工委交办城管办和执法中队处理。");
        check(browser.findElement(By.id("request-dispatch")));
        checkDepartment("城管办");
        checkDepartment("执法中队");
        Browser.screenshot(browser, "loop-4-deputy-reply");
        browser.findElement(By.cssSelector("#reply button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        signIn("jiaoban");
        go("/dispatch");
        browser.findElement(By.linkText(ticket)).click();
        // the deputy's request comes pre-ticked, and only that
        assertThat(browser.findElements(By.cssSelector("#dispatch input[name=departmentIds]:checked"))).hasSize(2);
        checkDepartment("城管办");
        checkDepartment("执法中队");
        browser.findElement(By.id("instructions")).sendKeys("请联合整治，设置警示牌并常态化管理");
        Browser.screenshot(browser, "loop-5-dispatch");
        browser.findElement(By.cssSelector("#dispatch button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        clock.set(LocalDateTime.of(2023, 12, 8, 16, 0));
        report("chengguan", ticket, "已在莲城大道设置禁止占道经营警示牌，每日晚间安排巡查。");
        report("zhifa", ticket, "执法中队已规劝摊贩进入临时疏导点经营，纳入常态化管理。");

        clock.set(LocalDateTime.of(2023, 12, 11, 10, 0));
        signIn("daibiao01");
        go("/deputy");
        browser.findElement(By.partialLinkText(ticket)).click();
        browser.findElement(By.id("final-text")).sendKeys("经城管办和执法中队整治，莲城大道已设置警示牌并常态化管理，请您评价。");
        browser.findElement(By.cssSelector("#reply-to-resident button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        browser.manage().deleteAllCookies();
        go("/track");
        browser.findElement(By.id("ticket")).sendKeys(ticket);
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("evaluate"));
        Browser.screenshot(browser, "loop-6-track-evaluate");
        browser.findElement(By.cssSelector("input[name=satisfaction][value=SATISFIED]")).click();
        browser.findElement(By.cssSelector("#evaluate button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("已评价");

        go("/cases/" + ticket);
        String wall = browser.findElement(By.tagName("main")).getText();
        Browser.screenshot(browser, "loop-7-public-case");
        assertThat(wall).contains("139****5678").doesNotContain("13912345678");
        assertThat(wall).contains("群众留言", "审核受理", "代表答复", "交办部门", "城管办、执法中队", "已在莲城大道设置禁止占道经营警示牌",
                "执法中队已规劝摊贩", "部门反馈齐全", "代表答复群众", "群众评价", "满意");
        assertThat(wall).contains("2023-12-05 19:40", "2023-12-06 09:30");
        assertThat(wall).doesNotContain("代表提请交办");
    }

    private void report(String department, String ticket, String feedback) {
        signIn(department);
        go("/department");
        browser.findElement(By.linkText(ticket)).click();
        browser.findElement(By.id("feedback")).sendKeys(feedback);
        browser.findElement(By.cssSelector("#report button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));
    }

    private void checkDepartment(String name) {
        WebElement label = browser.findElement(By.xpath("//label[contains(@class,'check')][span[text()='" + name + "']]"));
        check(label.findElement(By.tagName("input")));
    }
}
