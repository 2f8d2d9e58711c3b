package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.TestData.Street;
import org.mashang.RawHttp;
import org.mashang.accounts.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 我也反映 on a small phone (360×640), with and without JavaScript: the resident opens the form, sees a similar public
 * case (under the form as they choose, or on the plain page), chooses 我也反映, and gets a receipt of their own that
 * leads to the case's progress; no query code or phone in any address the browser asks for. On a street of each test's
 * own with two deputies: the case is left with the second, the resident scans the first's sign.
 */
@BrowserTest
class MeTooBrowserTest {

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    Street street;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReviewSteps review;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A public case in handling about a unique thing, in the street's first block, category 测试类别. */
    String publicCase(String text) throws Exception {
        RawHttp http = new RawHttp("http://localhost:" + port);
        String secondDeputy = "/d/" + street.deputies().get(1).code();
        RawHttp.Response page = http.get(secondDeputy);
        long category = street.category();
        long block = street.block();
        RawHttp.Response posted = http.post(secondDeputy, "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&text=" + RawHttp.enc(text)
                + "&categoryId=" + category + "&blockId=" + block + "&publicChoice=true&submissionKey=" + UUID.randomUUID());
        assertThat(posted.status()).isEqualTo(302);
        String ticket = RawHttp.find(http.get(posted.header("Location").replaceFirst("^https?://[^/]+", "")).body(),
                "id=\"ticket\">([^<]+)<");
        long id = jdbc.sql("select id from cases where ticket = ?").param(1, ticket).query(Long.class).single();
        review.accept((StaffUser) users.loadUserByUsername(street.reviewer()), id, null, true, text);
        return ticket;
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void aResidentSeesASimilarCaseJoinsItAndGetsTheirOwnReceipt(boolean javascript) throws Exception {
        street = data.street().deputies(2).create();
        String text = "测试社区第1区块健身器材断裂，孩子玩耍有危险 " + (javascript ? "甲" : "乙");
        String ticket = publicCase(text);
        browser = Browser.phone(360, 640, javascript);
        go(street.deputyPage());
        if (javascript) {
            browser.findElement(By.id("text")).sendKeys("健身器材断裂了");
            new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText("测试类别");
            new Select(browser.findElement(By.id("blockId"))).selectByVisibleText(BrowserTestData.firstBlock(street));
        } else {
            browser.findElement(By.id("similar-link")).click();
            new Select(browser.findElement(By.id("s-category"))).selectByVisibleText("测试类别");
            new Select(browser.findElement(By.id("s-block"))).selectByVisibleText(BrowserTestData.firstBlock(street));
            browser.findElement(By.id("similar-find")).click();
        }
        By join = By.cssSelector("a.metoo-join[href='/cases/" + ticket + "/metoo']");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(join));
        if (javascript) {
            // folded to one line under the form, so nothing moves while the resident goes on filling it in; the list is
            // asked for again on each change (text, category, block), so open it once the last answer is in
            for (int attempt = 1; ; attempt++) {
                try {
                    Thread.sleep(1000);
                    new WebDriverWait(browser, Duration.ofSeconds(10))
                            .until(d -> (Boolean) browser.executeScript("return !document.querySelector('.htmx-request')"));
                    browser.findElement(By.cssSelector("#similar-found summary")).click();
                    new WebDriverWait(browser, Duration.ofSeconds(3)).until(ExpectedConditions.visibilityOfElementLocated(join));
                    break;
                } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.TimeoutException e) {
                    if (attempt == 4) {
                        throw e;
                    }
                }
            }
        }
        assertThat(browser.findElement(By.id("similar-list")).getText()).contains("健身器材断裂");
        assertThat(browser.findElement(join).getSize().getHeight()).as("a large target").isGreaterThanOrEqualTo(44);
        Browser.screenshot(browser, "metoo-1-similar" + (javascript ? "" : "-nojs"));
        browser.findElement(join).click();

        Browser.waitFor(browser, By.id("metoo-form"));
        String phone = "1370000" + (javascript ? "8881" : "8882");
        browser.findElement(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("comment")).sendKeys("我家孩子也差点受伤");
        browser.findElement(By.id("metoo-submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/metoo/received"));
        String own = browser.findElement(By.id("ticket")).getText();
        String code = browser.findElement(By.id("query-code")).getText();
        assertThat(own).matches("\\d{6}-\\d{5,}").isNotEqualTo(ticket);
        assertThat(code).matches("\\d{4} \\d{4}");
        assertThat(browser.findElement(By.id("followed-ticket")).getText()).isEqualTo(ticket);
        assertThat(browser.findElement(By.id("save-receipt")).getAttribute("href")).endsWith("/track/" + own + "/receipt.png");
        Browser.screenshot(browser, "metoo-2-receipt" + (javascript ? "" : "-nojs"));

        browser.findElement(By.id("follow")).click();
        Browser.waitFor(browser, By.id("followed-ticket"));
        assertThat(browser.findElement(By.id("ticket")).getText()).isEqualTo(own);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("健身器材断裂");
        String digits = code.replace(" ", "");
        assertThat(Browser.requestedUrls(browser)).as("every address this browser asked for").isNotEmpty()
                .noneMatch(url -> url.contains(digits) || url.contains(phone) || url.contains("code=") || url.contains("text="));
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
