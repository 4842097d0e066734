package org.totalplace.reporting.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.totalplace.reporting.domain.document.ReportDocument.Chart;
import org.totalplace.reporting.domain.document.ReportDocument.Series;

/**
 * Draws a {@link Chart} block as a grouped bar chart with JFreeChart, server-side, into a PNG of fixed size drawn
 * at twice the resolution it is shown at, so it stays sharp on screens and in print. The title is not drawn into
 * the image: the page shows it as the figure's caption.
 */
public final class ChartRenderer {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 420;
    public static final int SCALE = 2;

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final Color GRID = new Color(0xD0, 0xD0, 0xD0);
    private static final Color TEXT = new Color(0x1F, 0x1F, 0x1F);
    /** More categories than this and their labels are slanted so that they do not overlap. */
    private static final int UPRIGHT_LABEL_LIMIT = 6;

    static {
        // Charts are drawn on servers without a display; must be set before AWT first starts.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    public ChartImage render(Chart chart) {
        JFreeChart jfree = build(chart);
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            jfree.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return new ChartImage(png(image), WIDTH, HEIGHT, SCALE, altText(chart));
    }

    private JFreeChart build(Chart chart) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal value = i < series.values().size() ? series.values().get(i) : null;
                dataset.addValue(value, series.name(), chart.categories().get(i));
            }
        }

        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setTickLabelFont(font(Font.PLAIN, 11));
        categoryAxis.setTickLabelPaint(TEXT);
        categoryAxis.setCategoryMargin(0.2);
        categoryAxis.setMaximumCategoryLabelLines(2);
        if (chart.categories().size() > UPRIGHT_LABEL_LIMIT) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }

        NumberAxis valueAxis = new NumberAxis(chart.unit());
        valueAxis.setLabelFont(font(Font.PLAIN, 12));
        valueAxis.setLabelPaint(TEXT);
        valueAxis.setTickLabelFont(font(Font.PLAIN, 11));
        valueAxis.setTickLabelPaint(TEXT);
        valueAxis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.UK));
        valueAxis.setAutoRangeIncludesZero(true);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, ChartPalette.colourOf(i));
        }
        renderer.setDefaultLegendTextFont(font(Font.PLAIN, 12));
        renderer.setDefaultLegendTextPaint(TEXT);

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));

        JFreeChart jfree = new JFreeChart(null, font(Font.BOLD, 14), plot, true);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setAntiAlias(true);
        jfree.setTextAntiAlias(true);
        LegendTitle legend = jfree.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        return jfree;
    }

    private static Font font(int style, int size) {
        return new Font(FONT_FAMILY, style, size);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a chart as PNG", e);
        }
        return out.toByteArray();
    }

    /** Says in words what the bars show, for screen readers and when images are off. */
    static String altText(Chart chart) {
        String series = chart.series().stream().map(Series::name).collect(Collectors.joining(", "));
        String title = chart.title() == null || chart.title().isBlank() ? "Bar chart" : chart.title();
        String unit = chart.unit() == null || chart.unit().isBlank() ? "values" : chart.unit();
        return title + ": bar chart of " + unit + " for " + join(chart.categories())
                + (chart.series().size() > 1 ? "; series: " + series : "") + ".";
    }

    private static String join(List<String> items) {
        return String.join(", ", items);
    }
}
