package org.leaklab.classroom.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium at a phone's size, from Debian's {@code chromium} and {@code chromium-driver}
 * (nothing is downloaded). Without them the tests that need a browser are skipped, with the reason.
 */
public final class Phones {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** An iPhone 12 to 15's viewport in CSS pixels. */
    public static final int WIDTH = 390;
    public static final int HEIGHT = 844;

    private Phones() {
    }

    /** Skips the calling test unless both Debian packages are installed. */
    public static void assumeBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                        + "): apt-get install -y chromium chromium-driver");
    }

    /** A new headless phone-sized browser with a profile of its own. */
    public static ChromeDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + WIDTH + "," + HEIGHT);
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 1.0, "touch", true)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        return driver;
    }
}
