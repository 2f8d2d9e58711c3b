package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.BrowserTestData;
import org.mashang.ViewportSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The resident's pages still lay out at twice the text size: nothing sticks out, the deputy's name is not a column. The
 * deputy is of a street of the test's own, with a name as people have.
 */
@BrowserTest
class TextSizeBrowserTest extends ViewportSession {

    @RegisterExtension
    final BrowserTestData data = new BrowserTestData();

    @Test
    void twiceTheTextSizeStillLaysOut() {
        // 200% zoom on a 390 px phone leaves 195 CSS pixels
        String deputyPage = data.named(data.street().create(), "刘春华").deputyPage();
        browser = Browser.phone(195, 422, true);
        for (String page : List.of(deputyPage, "/", "/find", "/track", "/cases")) {
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
        go(deputyPage);
        WebElement name = browser.findElement(By.cssSelector(".deputy-card h1"));
        assertThat(name.getSize().getHeight()).as("the name is not one character per line")
                .isLessThan(2 * px(".deputy-card h1", "lineHeight"));
    }
}
