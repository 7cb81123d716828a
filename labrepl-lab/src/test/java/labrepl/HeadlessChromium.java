package labrepl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, both found on the PATH (never
 * downloaded). A test class that needs a browser calls {@link #start()}, which skips the class
 * with the reason on a machine without them; {@code .ci/run} installs them.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A fresh browser with a profile of its own in {@code profile}. */
    static ChromeDriver start(Path profile) {
        Optional<Path> browser = onPath("chromium").or(() -> onPath("chromium-browser"));
        Optional<Path> driver = onPath("chromedriver");
        assumeTrue(browser.isPresent() && driver.isPresent(), "SKIPPED: no headless Chromium here (install Debian's"
                + " chromium and chromium-driver packages to run the page in a browser)");
        ChromeOptions options = new ChromeOptions().setBinary(browser.get().toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-proxy-server", "--window-size=1000,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Saves what the browser shows as a PNG file. */
    static void screenshot(ChromeDriver chrome, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, chrome.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
}
