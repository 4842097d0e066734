package org.totalplace.reporting.render;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Counts pixels of a colour, allowing a little drift per channel (browsers may resample images). */
final class PngPixels {

    private PngPixels() {
    }

    static long count(BufferedImage image, Color colour, int tolerance) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - colour.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xFF) - colour.getGreen()) <= tolerance
                        && Math.abs((rgb & 0xFF) - colour.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
