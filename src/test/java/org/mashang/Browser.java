package org.mashang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's chromium and chromium-driver, headless, at a cheap phone's viewport with a chat app's user agent.
 * Without chromium the browser tests are skipped, unless MASHANG_REQUIRE_BROWSER=1 (set by .ci/run) makes that a failure.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String WECHAT_UA = "Mozilla/5.0 (Linux; Android 10; Redmi 8A) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Version/4.0 Chrome/101.0.4951.74 Mobile Safari/537.36 MicroMessenger/8.0.40";

    /** How long finding an element waits for it to appear (a page still loading, an htmx answer on its way). */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

    private Browser() {
    }

    /** Saves what the browser shows to target/screenshots/{name}.png, for people to look at after a run. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Signs in through the login page as a demo account (password mashang2026) and waits for the staff page. */
    public static void signIn(ChromeDriver driver, String baseUrl, String username) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("mashang2026");
        driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/staff"));
    }

    /** Every URL the browser requested since the last call (pages, redirects, images, scripts), from its performance log. */
    public static java.util.List<String> requestedUrls(ChromeDriver driver) {
        java.util.List<String> urls = new java.util.ArrayList<>();
        for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"url\":\"([^\"]*)\"").matcher(message);
                while (m.find()) {
                    urls.add(m.group(1));
                }
            }
        }
        return urls;
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page shown and returns the violations of impact serious or
     * critical, as "rule: target" lines. axe is injected from its webjar on the test classpath, never from the network.
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> seriousAccessibilityProblems(ChromeDriver driver) {
        try (java.io.InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath");
            }
            driver.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Object result = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });""");
        return (java.util.List<String>) result;
    }

    /**
     * The elements matching on the page as it is, without the implicit wait for one to appear: for asserting that
     * something is not there (a page already shown), which would otherwise always cost the whole wait.
     */
    public static java.util.List<org.openqa.selenium.WebElement> present(ChromeDriver driver, org.openqa.selenium.By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(by);
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** Waits up to ten seconds for an element to appear. */
    public static void waitFor(ChromeDriver driver, org.openqa.selenium.By by) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("mashang-phone-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A browser session that deletes its own profile and temporary files when it quits. */
    static final class Phone extends ChromeDriver {

        private final Path folder;

        Phone(ChromeDriverService service, ChromeOptions options, Path folder) {
            super(service, options);
            this.folder = folder;
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                // chromium may still be writing its profile for a moment after the driver let go of it
                for (int attempt = 0; attempt < 20 && !FileSystemUtils.deleteRecursively(folder.toFile())
                        && Files.exists(folder); attempt++) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    public static ChromeDriver phone() {
        return phone(360, 740, true);
    }

    /**
     * A phone of the given viewport (CSS pixels), with or without JavaScript; the browser keeps a log of every request
     * it makes ({@link #requestedUrls}).
     */
    public static ChromeDriver phone(int width, int height, boolean javascript) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "1".equals(System.getenv("MASHANG_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("chromium and chromium-driver are required (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN");
        // console messages (a script refused by the Content-Security-Policy shows there) can be read by tests
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0),
                "userAgent", WECHAT_UA));
        // a phone set to Chinese asks for Chinese pages (headless chromium would ask for en-US)
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // a profile of its own, and chromium's temporary files (its singleton socket folder) inside it, all deleted on
        // quit: left to itself chromium leaves a folder in /tmp behind on every run
        Path folder = temporaryFolder();
        options.addArguments("--user-data-dir=" + folder.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withEnvironment(Map.of("TMPDIR", folder.toString())).build();
        ChromeDriver driver;
        try {
            driver = new Phone(service, options, folder);
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw e;
        }
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        if (!javascript) {
            // none of the site's scripts load, as in a browser with JavaScript off: every script of ours is a file (no
            // inline script), and switching JavaScript off in chromium itself would stop the driver from clicking
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", java.util.List.of("*.js", "*.js?*")));
        }
        return driver;
    }
}
