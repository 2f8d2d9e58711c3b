package org.mashang;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the application's port, a phone ({@link Browser#phone()}) opened before each test and
 * quit after it, even when the test failed, and the steps every story takes on it: go to a page, sign in, wait, tick.
 */
public abstract class PhoneSession {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    /** The phone each test starts with; a test class that picks a viewport per test returns null and opens its own. */
    protected ChromeDriver defaultPhone() {
        return Browser.phone();
    }

    @BeforeEach
    void openPhone() {
        browser = defaultPhone();
    }

    @AfterEach
    void quitPhone() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void go(String path) {
        browser.get(url(path));
    }

    /** Signs in through the login page as a demo account, see {@link Browser#signIn}. */
    protected void signIn(String username) {
        Browser.signIn(browser, url(""), username);
    }

    protected void waitFor(By by) {
        Browser.waitFor(browser, by);
    }

    /** What matches on the page as shown, without waiting: see {@link Browser#present}. */
    protected java.util.List<WebElement> present(By by) {
        return Browser.present(browser, by);
    }

    /** Where the element's top is, in CSS pixels from the top of the viewport. */
    protected long top(By by) {
        return ((Number) browser.executeScript("return Math.round(arguments[0].getBoundingClientRect().top)",
                browser.findElement(by))).longValue();
    }

    /** A computed style of the first element matching the selector, in whole CSS pixels. */
    protected int px(String selector, String property) {
        return ((Number) browser.executeScript("var v = getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];"
                + " return Math.round(parseFloat(v))", selector, property)).intValue();
    }

    /** Ticks a checkbox, leaving it ticked when it already was. */
    protected static void check(WebElement box) {
        if (!box.isSelected()) {
            box.click();
        }
    }
}
