package org.totalplace.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.document.ReportDocument.Chart;
import org.totalplace.reporting.domain.document.ReportDocument.Series;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void shouldDrawPngAtTwiceItsDisplaySize() throws IOException {
        ChartImage image = renderer.render(SampleReport.perCapitaChart("Lewisham", "Birmingham"));

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(image.width()).isEqualTo(800);
        assertThat(image.height()).isEqualTo(420);
        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isEqualTo(840);
    }

    @Test
    void shouldPaintEachSeriesInItsPaletteColour() throws IOException {
        ChartImage image = renderer.render(SampleReport.perCapitaChart("Lewisham", "Birmingham"));

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
        // Four bars per series, each tens of pixels wide and hundreds high at 2x: far above any legend swatch.
        assertThat(PngPixels.count(png, ChartPalette.colourOf(0), 0)).isGreaterThan(20_000);
        assertThat(PngPixels.count(png, ChartPalette.colourOf(1), 0)).isGreaterThan(20_000);
        assertThat(PngPixels.count(png, ChartPalette.colourOf(2), 0)).as("no third series").isZero();
    }

    @Test
    void shouldDrawTheSameBytesForTheSameChart() {
        Chart chart = SampleReport.perCapitaChart("Lewisham", "Birmingham");

        assertThat(Arrays.equals(renderer.render(chart).png(), renderer.render(chart).png())).isTrue();
    }

    @Test
    void shouldLeaveAGapWhereASeriesHasNoValue() throws IOException {
        Chart chart = new Chart("Gaps", "£ per head", List.of("Health", "Police"),
                List.of(new Series("Lewisham", Arrays.asList(new BigDecimal("10"), null))));

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(renderer.render(chart).png()));

        assertThat(PngPixels.count(png, ChartPalette.colourOf(0), 0)).isGreaterThan(1_000);
    }

    @Test
    void shouldKeepItsSizeForThirteenPilotsWithLongNames() throws IOException {
        List<String> pilots = List.of("Barnsley", "Birmingham", "Bournemouth, Dorset and Poole", "Bradford", "Cumbria",
                "Croydon", "Durham", "Kent", "Leicester and Leicestershire", "Lewisham",
                "Luton and Central Bedfordshire", "Manchester City Region", "Worcestershire");
        List<BigDecimal> values = pilots.stream().map(p -> BigDecimal.valueOf(100L + p.length() * 37L)).toList();
        Chart chart = new Chart("Spend per head", "£ per head", pilots,
                List.of(new Series("Health", values), new Series("Police", values), new Series("Education", values)));

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(renderer.render(chart).png()));

        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isEqualTo(840);
        assertThat(PngPixels.count(png, ChartPalette.colourOf(2), 0)).isGreaterThan(5_000);
    }

    @Test
    void shouldDescribeTheChartInWordsForTheAltText() {
        String alt = renderer.render(SampleReport.perCapitaChart("Lewisham", "Birmingham")).altText();

        assertThat(alt).isEqualTo("Figure 1: spend per head by function: bar chart of £ per head for Health, Police, "
                + "Education, Housing; series: Lewisham, Birmingham.");
    }
}
