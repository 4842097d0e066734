package org.totalplace.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.document.ReportDocument;

/**
 * Opens the HTML page in a real browser - Debian's headless Chromium, offline - and checks on its screenshot that
 * the chart is there, by counting pixels in the colours of the chart's series. The browser is
 * {@code /usr/bin/chromium} unless the system property {@value #BROWSER_PROPERTY} or the environment variable
 * {@code TOTALPLACE_CHROMIUM} names another; a missing browser fails the test, saying how to install one.
 */
class ChromiumRenderingTest {

    static final String BROWSER_PROPERTY = "totalplace.chromium";
    private static final int WINDOW_WIDTH = 1200;
    private static final int WINDOW_HEIGHT = 1600;
    /**
     * The two series fill about 2 x 4 bars of roughly 30 x 200 CSS pixels; the page's own blue rules (header, key
     * figures) come to under 3,000 pixels and it uses no orange at all, so 10,000 is reached only by the bars.
     */
    private static final int CHART_PIXELS = 10_000;
    private static final int TOLERANCE = 8;

    private static Path browser;
    private static Path workDir;

    @BeforeAll
    static void findBrowser() throws IOException {
        String configured = System.getProperty(BROWSER_PROPERTY,
                System.getenv().getOrDefault("TOTALPLACE_CHROMIUM", "/usr/bin/chromium"));
        browser = Path.of(configured);
        assertThat(Files.isExecutable(browser))
                .as("no Chromium at %s: install Debian's package (apt-get install -y chromium) or point -D%s=... "
                        + "or TOTALPLACE_CHROMIUM=... at a Chromium binary", browser, BROWSER_PROPERTY)
                .isTrue();
        workDir = Files.createDirectories(Path.of("target", "chromium"));
    }

    @Test
    void shouldShowTheChartWhenChromiumRendersThePage() throws Exception {
        BufferedImage screenshot = screenshot("report", SampleReport.boardPaper());

        long firstSeries = PngPixels.count(screenshot, ChartPalette.colourOf(0), TOLERANCE);
        long secondSeries = PngPixels.count(screenshot, ChartPalette.colourOf(1), TOLERANCE);
        assertThat(firstSeries).as("pixels of the first series' colour (%s) in the screenshot", ChartPalette.colourOf(0))
                .isGreaterThan(CHART_PIXELS);
        assertThat(secondSeries).as("pixels of the second series' colour (%s) in the screenshot", ChartPalette.colourOf(1))
                .isGreaterThan(CHART_PIXELS);
    }

    @Test
    void shouldFindNoChartColoursOnAPageWithoutAChart() throws Exception {
        // The control for the test above: the same page without its chart stays below the threshold.
        BufferedImage screenshot = screenshot("no-chart", SampleReport.boardPaper("Lewisham", "Birmingham", false));

        assertThat(PngPixels.count(screenshot, ChartPalette.colourOf(0), TOLERANCE)).isLessThan(CHART_PIXELS);
        assertThat(PngPixels.count(screenshot, ChartPalette.colourOf(1), TOLERANCE)).isLessThan(CHART_PIXELS);
    }

    private static BufferedImage screenshot(String name, ReportDocument document) throws Exception {
        Path html = workDir.resolve(name + ".html").toAbsolutePath();
        Path png = workDir.resolve(name + ".png").toAbsolutePath();
        Path log = workDir.resolve(name + ".log").toAbsolutePath();
        Files.writeString(html, new HtmlRenderer().render(document), StandardCharsets.UTF_8);
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("chromium-profile-");

        Process process = new ProcessBuilder(List.of(browser.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--window-size=" + WINDOW_WIDTH + "," + WINDOW_HEIGHT,
                "--screenshot=" + png, html.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        deleteQuietly(profile);

        assertThat(exited).as("Chromium finished within 120 s (its output: %s)", log).isTrue();
        assertThat(Files.exists(png)).as("Chromium wrote a screenshot (exit %s; its output: %s)",
                process.exitValue(), Files.readString(log)).isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WINDOW_WIDTH);
        return image;
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
