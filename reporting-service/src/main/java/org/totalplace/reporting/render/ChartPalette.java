package org.totalplace.reporting.render;

import java.awt.Color;
import java.util.List;

/**
 * Series colours, in order: the Okabe-Ito palette, which stays distinguishable for readers with the common forms
 * of colour blindness and in greyscale print. Series beyond the eighth reuse the colours in order.
 */
public final class ChartPalette {

    public static final List<Color> COLOURS = List.of(
            new Color(0x00, 0x72, 0xB2),   // blue
            new Color(0xE6, 0x9F, 0x00),   // orange
            new Color(0x00, 0x9E, 0x73),   // bluish green
            new Color(0xCC, 0x79, 0xA7),   // reddish purple
            new Color(0x56, 0xB4, 0xE9),   // sky blue
            new Color(0xD5, 0x5E, 0x00),   // vermilion
            new Color(0xF0, 0xE4, 0x42),   // yellow
            new Color(0x33, 0x33, 0x33));  // near black

    private ChartPalette() {
    }

    public static Color colourOf(int seriesIndex) {
        return COLOURS.get(seriesIndex % COLOURS.size());
    }
}
