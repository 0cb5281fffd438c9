package org.spotthesigns.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The Debian Chromium and chromedriver, headless, with a fresh profile and nothing that calls
 * home: nothing is downloaded, and the network seen by the page is the portal's alone.
 */
public final class Chromium {

    private static final String BROWSER = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {}

    public static ChromeDriver start() {
        return start(PageLoadStrategy.NORMAL);
    }

    /** With {@link PageLoadStrategy#NONE} commands return while a page is still loading. */
    public static ChromeDriver start(PageLoadStrategy pageLoad) {
        return start(pageLoad, true);
    }

    /** A browser whose pages run no script of their own, as with JavaScript switched off in its settings. */
    public static ChromeDriver startWithoutJavaScript() {
        return start(PageLoadStrategy.NORMAL, false);
    }

    private static ChromeDriver start(PageLoadStrategy pageLoad, boolean javaScript) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setPageLoadStrategy(pageLoad);
            options.setBinary(BROWSER);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "intl.accept_languages",
                            "en-GB,en",
                            "profile.managed_default_content_settings.javascript",
                            javaScript ? 1 : 2));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort()
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a Chromium profile", e);
        }
    }
}
