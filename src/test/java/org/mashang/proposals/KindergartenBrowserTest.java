package org.mashang.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.PhoneSession;
import org.mashang.TestData.Person;
import org.mashang.TestData.Street;
import org.mashang.directory.DeputyLevel;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The seed's kindergarten, in a browser: a resident asks for a public kindergarten; the city deputy turns the message
 * into a proposal with a co-signer; the committee registers it and assigns 教育局 with 住建局; 教育局 answers class A
 * and reports the kindergarten enrolling; the deputy is satisfied; the resident follows it from the case's public page
 * to the proposal's, and sees "已招生". On a street of the test's own: two city deputies bearing the seed's names
 * (张丽萍, 李国强) and its district's 教育局 and 住建局.
 */
@BrowserTest
class KindergartenBrowserTest extends PhoneSession {

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    @Test
    void fromTheResidentsMessageToTheKindergartenEnrolling() {
        Street street = data.named(data.street().levels(DeputyLevel.CITY, DeputyLevel.CITY).withDistrictCommittee("教育局", "住建局")
                .create(), "张丽萍", "李国强");
        Person education = street.districtCommittee().departments().get(0);
        Person housing = street.districtCommittee().departments().get(1);
        String district = "（测试区-" + street.key() + "）";
        go(street.deputyPage());
        browser.findElement(By.id("text")).sendKeys("浏览器测试：小区周边没有公办幼儿园，孩子上学要跨两个街道，希望能新建一所。");
        browser.findElement(By.cssSelector("#categoryId option:nth-child(2)")).click();
        browser.findElement(By.cssSelector("input[name=publicChoice][value=true]")).click();
        browser.findElement(By.id("submit")).click();
        waitFor(By.id("query-code"));
        String ticket = browser.findElement(By.id("ticket")).getText();

        signIn(street.reviewer());
        go("/review");
        browser.findElement(By.linkText(ticket)).click();
        browser.findElement(By.cssSelector("#accept button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        // the deputy drafts from the case, with a co-signer of the same level, and submits
        signIn(street.deputy().username());
        go("/deputy");
        browser.findElement(By.partialLinkText(ticket)).click();
        browser.findElement(By.cssSelector("#proposal a")).click();
        waitFor(By.id("proposal-form"));
        assertThat(browser.findElement(By.cssSelector("input[name=cases]:checked")).isSelected()).isTrue();
        browser.findElement(By.id("title")).sendKeys("关于新建万楼片区公办幼儿园的建议（浏览器测试）");
        browser.findElement(By.id("body")).sendKeys("片区内没有公办幼儿园，建议利用配套用房改建一所。");
        check(browser.findElement(By.xpath("//input[@name='cosigners']/following-sibling::span[text()='李国强']/..//input")));
        Browser.screenshot(browser, "proposal-1-draft");
        browser.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();
        waitFor(By.id("submit-proposal"));
        browser.findElement(By.id("submit-proposal")).click();
        waitFor(By.cssSelector(".flash"));
        String proposalPage = browser.getCurrentUrl();
        String id = proposalPage.substring(proposalPage.lastIndexOf('/') + 1);

        // the committee registers it and assigns the units
        signIn(street.dispatcher());
        go("/dispatch/proposals/" + id);
        browser.findElement(By.id("congress")).sendKeys("湘潭市第十七届人大");
        browser.findElement(By.id("session")).sendKeys("浏览器测试会议");
        new Select(browser.findElement(By.id("lead"))).selectByVisibleText(education.name() + district);
        check(browser.findElement(By.xpath("//input[@name='coHandlers']/following-sibling::span[text()='" + housing.name() + district + "']/..//input")));
        Browser.screenshot(browser, "proposal-2-assign");
        browser.findElement(By.cssSelector("#assign button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));
        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo("湘潭市第十七届人大浏览器测试会议 第1号");

        // 教育局 answers class A, then reports the new kindergarten enrolling
        signIn(education.username());
        go("/department/proposals");
        browser.findElement(By.partialLinkText("浏览器测试")).click();
        browser.findElement(By.cssSelector("input[name=answerClass][value=A]")).click();
        browser.findElement(By.id("text")).sendKeys("已纳入学前教育布局规划，由住建局配合改建，明年秋季招生。");
        browser.findElement(By.cssSelector("#answer button[type=submit]")).click();
        waitFor(By.id("report-progress"));
        new Select(browser.findElement(By.id("stage"))).selectByVisibleText("完成");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('onDate').value = arguments[0]",
                java.time.LocalDate.now(org.mashang.platform.Zones.CHINA).toString());
        browser.findElement(By.id("note")).sendKeys("新园建成，已招生，首批入园幼儿180名。");
        browser.findElement(By.cssSelector("#report-progress button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        signIn(street.deputy().username());
        go("/deputy/proposals/" + id);
        browser.findElement(By.cssSelector("input[name=evaluation][value=SATISFIED]")).click();
        browser.findElement(By.cssSelector("#evaluate button[type=submit]")).click();
        waitFor(By.cssSelector(".flash"));

        // the resident follows it from the case
        browser.manage().deleteAllCookies();
        go("/cases/" + ticket);
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("代表建议已答复");
        browser.findElement(By.cssSelector("a.proposal-link")).click();
        waitFor(By.id("proposal-summary"));
        Browser.screenshot(browser, "proposal-3-public");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(browser.getCurrentUrl()).endsWith("/proposals/" + id);
        assertThat(page).contains("关于新建万楼片区公办幼儿园的建议（浏览器测试）", "张丽萍", "李国强", "教育局", "住建局",
                "A类：已解决或采纳", "已办结", "已招生", "满意", ticket);
    }
}
