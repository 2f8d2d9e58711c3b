package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.PhoneSession;
import org.mashang.TestData.Street;
import org.mashang.TestImages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A resident scans a deputy's code on a phone, leaves a message with a photo, and follows it; on a street of its own. */
@BrowserTest
class ResidentBrowserTest extends PhoneSession {

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    @Test
    void aResidentLeavesAMessageAndFollowsItByTicket() throws Exception {
        Street street = data.named(data.street().create(), "刘春华");
        go(street.deputyPage());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("刘春华");

        browser.findElement(By.id("text")).sendKeys("莲城大道晚上有流动摊贩占道经营，影响行人通行。");
        new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText("测试类别");
        new Select(browser.findElement(By.id("blockId"))).selectByVisibleText(BrowserTestData.firstBlock(street));
        browser.findElement(By.id("phone")).sendKeys("138 0000 5678");
        browser.findElement(By.cssSelector("input[name=publicChoice][value=true]")).click();
        Path photo = Files.createTempFile("street", ".png");
        Files.write(photo, TestImages.png());
        browser.findElements(By.cssSelector("input.photo-input")).get(0).sendKeys(photo.toString());
        browser.findElement(By.id("submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/received"));
        String ticket = browser.findElement(By.id("ticket")).getText();
        String code = browser.findElement(By.id("query-code")).getText();
        assertThat(ticket).matches("\\d{6}-\\d{5,}");
        assertThat(code).matches("\\d{4} \\d{4}");

        go("/track");
        browser.findElement(By.id("ticket")).sendKeys(ticket);
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("待审核");
        assertThat(browser.getPageSource()).contains("莲城大道晚上有流动摊贩");
    }
}
