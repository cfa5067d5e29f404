package nl.ingrado.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts the headless Chromium a {@link Browser} drives: with a profile of its own and without the
 * background traffic (updates, sync, QUIC) that would slow a test or make it flaky. The binaries
 * come from {@code portal.test.chromium} and {@code portal.test.chromedriver}.
 */
final class Chromium {

    private Chromium() {
    }

    static ChromeDriver start() {
        try {
            var profile = Files.createTempDirectory("chromium-profile");
            var options = new ChromeOptions();
            options.setBinary(System.getProperty("portal.test.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            // the console's errors, which a test reads through the driver's browser log
            var logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.SEVERE);
            options.setCapability("goog:loggingPrefs", logs);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("portal.test.chromedriver",
                            "/usr/bin/chromedriver")))
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
