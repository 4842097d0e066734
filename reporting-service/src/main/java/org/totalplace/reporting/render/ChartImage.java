package org.totalplace.reporting.render;

import java.util.Base64;

/** A chart drawn as PNG: {@code width} x {@code height} CSS pixels, the bitmap itself {@code scale} times larger. */
public record ChartImage(byte[] png, int width, int height, int scale, String altText) {

    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
