package org.mashang.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.PhoneSession;
import org.mashang.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed's kindergarten as a case, in a browser: raised at a reception day; the city deputy takes it up with a district
 * deputy jointly; the street cannot solve it and transfers it to the district's standing committee, which dispatches
 * 教育局 as lead with 住建局 co-handling; both report; the responsible deputy replies to the resident, who sees the
 * transfer and the joint deputy on the case's timeline.
 * On the demo street on purpose: it is README's walk-through of the levels (jiaoban transfers, qujiaoban dispatches, wl07).
 */
@BrowserTest
class LevelsBrowserTest extends PhoneSession {

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theKindergartenClimbsToTheDistrictAndIsAnsweredByTheCityDeputy() {
        clock.set(LocalDateTime.of(2026, 8, 17, 10, 0)); // a Monday: a reception day at the station, none recorded yet

        // the reception day: staff record it and enter the resident's issue for the city deputy 张丽萍
        signIn("shenhe");
        go("/receptions/stations/" + stationId() + "/record");
        browser.findElement(By.id("residentsReceived")).sendKeys("5");
        checkLabelled("张丽萍");
        checkLabelled("赵明亮");
        browser.findElement(By.id("save")).click();
        waitFor(By.id("issue"));
        browser.findElement(By.id("issue-text")).sendKeys("浏览器测试：片区没有公办幼儿园，孩子上学要跨两个街道，希望能新建一所。");
        new Select(browser.findElement(By.id("issue-category"))).selectByVisibleText("教育");
        new Select(browser.findElement(By.id("issue-deputy"))).selectByVisibleText("张丽萍");
        browser.findElement(By.cssSelector("#issue input[name=publicChoice][value=true]")).click();
        browser.findElement(By.id("issue-submit")).click();
        waitFor(By.id("receipt"));
        String ticket = browser.findElement(By.id("ticket")).getText();
        String code = browser.findElement(By.id("query-code")).getText().replace(" ", "");

        go("/review");
        browser.findElement(By.linkText(ticket)).click();
        browser.findElement(By.cssSelector("#accept button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        // the city deputy asks the district deputy 赵明亮 (wl07) to join, replies and asks for dispatch
        signIn("daibiao03");
        go("/deputy");
        browser.findElement(By.partialLinkText(ticket)).click();
        browser.findElement(By.id("co-deputy-code")).sendKeys("wl07");
        browser.findElement(By.cssSelector("#co-deputies button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));
        assertThat(browser.findElement(By.id("co-deputies")).getText()).contains("赵明亮");
        browser.findElement(By.id("reply-text")).sendKeys("已和区人大代表赵明亮一起了解情况，提请交办教育部门。");
        check(browser.findElement(By.id("request-dispatch")));
        browser.findElement(By.cssSelector("#reply button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        // the district deputy sees it in their workbench, and cannot reply
        signIn("daibiao07");
        go("/deputy");
        browser.findElement(By.partialLinkText(ticket)).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("这条留言由其他代表负责办理", "联名代表", "张丽萍");
        assertThat(present(By.id("reply-to-resident"))).isEmpty();

        // the street cannot solve it: transfer to the district's standing committee
        signIn("jiaoban");
        go("/dispatch");
        browser.findElement(By.linkText(ticket)).click();
        browser.findElement(By.id("transfer-reason")).sendKeys("新建公办幼儿园属区教育局职责，街道无法解决。");
        Browser.screenshot(browser, "levels-1-transfer");
        browser.findElement(By.cssSelector("#levels form[action$='/transfer'] button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));
        assertThat(present(By.linkText(ticket))).isEmpty();

        // the district dispatches 教育局 as lead and 住建局 as co-handler
        signIn("qujiaoban");
        go("/dispatch");
        browser.findElement(By.linkText(ticket)).click();
        assertThat(browser.findElement(By.id("levels")).getText()).contains("现由雨湖区人大常委会交办");
        for (WebElement box : browser.findElements(By.cssSelector("#dispatch input[name=departmentIds]"))) {
            if (box.isSelected()) {
                box.click();
            }
        }
        checkLabelled("教育局");
        checkLabelled("住建局");
        browser.findElement(By.xpath("//label[span[text()='教育局 主办']]/input")).click();
        Browser.screenshot(browser, "levels-2-district-dispatch");
        browser.findElement(By.cssSelector("#dispatch button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        report("zhujian", ticket, "住建局已核实片区内可改建的配套用房，配合教育局办理。");
        report("jiaoyu", ticket, "教育局已将新建公办幼儿园列入明年计划，利用配套用房改建。");

        signIn("daibiao03");
        go("/deputy");
        browser.findElement(By.partialLinkText(ticket)).click();
        browser.findElement(By.id("final-text")).sendKeys("区教育局已将新建公办幼儿园列入明年计划，请您评价。");
        // the outcome goes with the final reply: 120 children get a place
        browser.findElement(By.id("final-outcome-" + org.mashang.platform.Indicator.PEOPLE_HELPED.ordinal())).sendKeys("120");
        browser.findElement(By.cssSelector("#reply-to-resident button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        // the resident follows it
        browser.manage().deleteAllCookies();
        go("/track");
        browser.findElement(By.id("ticket")).sendKeys(ticket);
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("state"));
        Browser.screenshot(browser, "levels-3-resident");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("张丽萍 · 市人大代表", "联名代表", "区（县）人大代表赵明亮联名督办", "转送上级",
                "本辖区无法解决，已转送雨湖区人大常委会", "教育局（主办）", "住建局（协办）", "列入明年计划", "帮助群众 120 人")
                .doesNotContain("街道无法解决。");
    }

    private void report(String department, String ticket, String feedback) {
        signIn(department);
        go("/department");
        browser.findElement(By.linkText(ticket)).click();
        browser.findElement(By.id("feedback")).sendKeys(feedback);
        browser.findElement(By.cssSelector("#report button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));
    }

    private String stationId() {
        go("/receptions");
        String href = browser.findElement(By.cssSelector("a[href*='/receptions/stations/']")).getAttribute("href");
        return href.replaceAll(".*/receptions/stations/(\\d+).*", "$1");
    }

    private void checkLabelled(String name) {
        WebElement label = browser.findElement(By.xpath("//label[contains(@class,'check')][span[text()='" + name + "']]"));
        check(label.findElement(By.tagName("input")));
    }
}
