package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.TestData.Street;
import org.mashang.PhoneSession;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Under the Content-Security-Policy (scripts from our own files only) every script still runs: the message form's
 * counter, the dashboard's charts, the question before re-issuing a code; and the browser reports no violation. On a
 * street of the test's own, signed in as its administrator.
 */
@BrowserTest
class ContentSecurityPolicyBrowserTest extends PhoneSession {

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    @Test
    void everyScriptRunsAndNothingIsRefused() {
        Street street = data.street().create();
        browser.get(url(street.deputyPage()));
        browser.findElement(By.id("text")).sendKeys("路灯坏了");
        assertThat(browser.findElement(By.id("text-count")).getText()).isEqualTo("4");

        signIn(street.admin());
        browser.get(url("/dashboard"));
        Browser.waitFor(browser, By.cssSelector("#chart-months canvas"));

        browser.get(url("/admin/signs"));
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("form[data-confirm] button")).click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(browser.switchTo().alert().getText()).contains("重新制码后");
        browser.switchTo().alert().dismiss();
        assertThat(browser.getCurrentUrl()).isEqualTo(before);

        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        assertThat(refused).isEmpty();
    }
}
