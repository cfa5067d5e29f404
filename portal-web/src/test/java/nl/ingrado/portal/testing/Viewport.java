package nl.ingrado.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The width the browser lays pages out at, a desktop's or a phone's, and screenshots of the whole
 * page. Set through the DevTools protocol, so the layout width is exact (a headless window's size
 * would include whatever the browser reserves), without the touch and zoom of a phone's emulation.
 */
public final class Viewport {

    public static final int DESKTOP = 1366;
    public static final int PHONE = 390;

    private Viewport() {
    }

    /** Lays pages out {@code width} CSS pixels wide (a phone's 844 or a desktop's 768 high), scrollbars as there. */
    public static void width(Browser browser, int width) {
        boolean phone = width < 800;
        cdp(browser, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", phone ? 844 : 768,
                "deviceScaleFactor", 1, "mobile", false));
        // a phone's scrollbars float over the page; a desktop's take 15 px of its width
        cdp(browser, "Emulation.setScrollbarsHidden", Map.of("hidden", phone));
        long inner = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth");
        if (inner != width) {
            throw new IllegalStateException("viewport is " + inner + " px wide, not " + width);
        }
    }

    /** Saves the whole page, beyond what the viewport shows, as a PNG. */
    @SuppressWarnings("unchecked")
    public static void screenshot(Browser browser, Path file) {
        var size = (Map<String, Object>) cdp(browser, "Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        var shot = cdp(browser, "Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                                "scale",
                                1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> cdp(Browser browser, String command, Map<String, Object> parameters) {
        return ((ChromeDriver) browser.driver()).executeCdpCommand(command, parameters);
    }
}
