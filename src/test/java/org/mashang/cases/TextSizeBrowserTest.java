package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.Browser;
import org.mashang.BrowserTest;
import org.mashang.ViewportSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The resident's pages still lay out at twice the text size: nothing sticks out, the deputy's name is not a column. */
@BrowserTest
class TextSizeBrowserTest extends ViewportSession {

    @Test
    void twiceTheTextSizeStillLaysOut() {
        // 200% zoom on a 390 px phone leaves 195 CSS pixels
        browser = Browser.phone(195, 422, true);
        for (String page : List.of("/d/wl01", "/", "/find", "/track", "/cases")) {
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
        go("/d/wl01");
        WebElement name = browser.findElement(By.cssSelector(".deputy-card h1"));
        assertThat(name.getSize().getHeight()).as("the name is not one character per line")
                .isLessThan(2 * px(".deputy-card h1", "lineHeight"));
    }
}
