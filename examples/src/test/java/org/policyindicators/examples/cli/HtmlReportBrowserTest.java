package org.policyindicators.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.policyindicators.core.Plan;
import org.policyindicators.examples.Taiyuan;
import org.policyindicators.io.PolicyJson;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium} driven through
 * {@code chromium-driver}) at a phone's and a desktop's width. Where either program is missing
 * the tests are skipped with the reason, never passed; {@code .ci/run} installs both.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("policyindicators.screenshots",
            "target/browser-screenshots"));

    /** Block elements whose content is wider than their box, and a page wider than the window. */
    private static final String OVERFLOW = """
            const found = [];
            for (const e of document.querySelectorAll('body *')) {
              if (e.closest('svg')) continue;
              const style = getComputedStyle(e);
              if (style.display === 'inline' || style.display === 'none' || e.clientWidth === 0) continue;
              if (style.overflowX !== 'visible') continue;
              if (e.scrollWidth > e.clientWidth + 1) {
                found.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth
                    + ': ' + e.textContent.trim().slice(0, 60));
              }
            }
            if (document.documentElement.scrollWidth > window.innerWidth) {
              found.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a window of '
                  + window.innerWidth);
            }
            return found;""";

    /** Per indicator article: whether its chart and its table are laid out with a size. */
    private static final String INDICATORS = """
            return Array.from(document.querySelectorAll('article.indicator')).map(a => {
              const chart = a.querySelector('svg.chart');
              const table = a.querySelector('table');
              const ok = chart && table && chart.getBoundingClientRect().height > 50
                  && table.getBoundingClientRect().height > 20 && table.querySelectorAll('tbody tr').length > 0;
              return ok ? '' : a.id;
            });""";

    private static ChromeDriver driver;

    @TempDir
    static Path pages;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "SKIPPED: no headless browser: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; install them with "
                        + "'apt-get install chromium chromium-driver' (.ci/run does), or set CHROMIUM and CHROMEDRIVER");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags that keep Chromium off the network and quiet on a closed machine, running as root
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,1600",
                "--user-data-dir=" + pages.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    static List<Arguments> pages() {
        List<Arguments> cases = new ArrayList<>();
        for (int width : new int[] {390, 1280}) {
            cases.add(Arguments.of("taiyuan-en", Language.EN, width));
            cases.add(Arguments.of("taiyuan-zh", Language.ZH, width));
            cases.add(Arguments.of("every-target-kind-en", Language.EN, width));
        }
        return cases;
    }

    private static List<Plan> plans(String name) {
        return name.startsWith("taiyuan") ? Taiyuan.plans(PolicyJson.standard())
                : List.of(HtmlReportTest.everyTargetKind());
    }

    @ParameterizedTest(name = "{0} at {2} px")
    @MethodSource("pages")
    void page_loadsWithEveryChartAndTableNoConsoleErrorAndNoOverflow(String name, Language language, int width)
            throws IOException {
        List<Plan> plans = plans(name);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        HtmlReport.of(language).write(plans, Taiyuan.jurisdictions(PolicyJson.standard()),
                Labels.of(language).get("report.heading"), html);
        Path page = pages.resolve(name + ".html");
        Files.write(page, html.toByteArray());

        driver.manage().window().setSize(new Dimension(width, 1600));
        driver.get(page.toUri().toString());
        JavascriptExecutor js = driver;
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).as("window width")
                .isEqualTo(width);

        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
        assertThat(errors).as("console errors and warnings").isEmpty();

        @SuppressWarnings("unchecked")
        List<String> incomplete = (List<String>) js.executeScript(INDICATORS);
        long indicators = plans.stream().mapToLong(p -> p.allIndicators().count()).sum();
        assertThat(incomplete).as("indicator articles").hasSize((int) indicators);
        assertThat(incomplete).as("articles without a drawn chart and table").allMatch(String::isEmpty);

        @SuppressWarnings("unchecked")
        List<String> overflow = (List<String>) js.executeScript(OVERFLOW);
        assertThat(overflow).as("text wider than its box").isEmpty();

        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
        assertNotBlank(png, width);
        if (name.endsWith("-en") && width == 1280) {
            // one indicator with a baseline, an expected path and an observation, for a person (and the README)
            WebElement indicator = driver.findElement(
                    By.cssSelector("article.indicator:has(circle.obs):has(polyline.path):has(rect.baseline)"));
            js.executeScript("arguments[0].scrollIntoView()", indicator);
            Files.write(SCREENSHOTS.resolve(name + "-indicator.png"), indicator.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void checks_findAConsoleErrorAnOverflowAndABlankPage() throws IOException {
        Path page = pages.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>broken</title></head><body style=\"margin:0\">"
                + "<div style=\"width:100px\"><p style=\"white-space:nowrap\">" + "x".repeat(200) + "</p></div>"
                + "<img src=\"missing.png\" alt=\"\"></body></html>", StandardCharsets.UTF_8);
        driver.manage().window().setSize(new Dimension(390, 1600));
        driver.get(page.toUri().toString());

        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).as("console")
                .anyMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue());
        assertThat((List<?>) driver.executeScript(OVERFLOW)).as("overflow").isNotEmpty();

        Files.writeString(page, "<!DOCTYPE html><html><head><title>blank</title></head><body></body></html>",
                StandardCharsets.UTF_8);
        driver.get(page.toUri().toString());
        byte[] blank = driver.getScreenshotAs(OutputType.BYTES);
        assertThatThrownBy(() -> assertNotBlank(blank, 390)).isInstanceOf(AssertionError.class);
    }

    /** A blank page is one colour; the report's first screen has text, badges and lines. */
    private static void assertNotBlank(byte[] png, int width) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width);
        int background = image.getRGB(0, 0);
        long differing = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (rgb != background) {
                    differing++;
                }
                if (colours.size() < 64) {
                    colours.add(rgb);
                }
            }
        }
        assertThat(differing).as("pixels that are not background").isGreaterThan((long) image.getWidth()
                * image.getHeight() / 50);
        assertThat(colours).as("colours").hasSizeGreaterThan(8);
    }
}
