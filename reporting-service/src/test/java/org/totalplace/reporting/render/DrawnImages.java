package org.totalplace.reporting.render;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** Where and how large each image is drawn on a PDF page (in points), read from the page's content stream. */
final class DrawnImages extends PDFGraphicsStreamEngine {

    record Drawn(float x, float y, float width, float height) {
    }

    private final List<Drawn> drawn = new ArrayList<>();

    private DrawnImages(PDPage page) {
        super(page);
    }

    static List<Drawn> on(PDPage page) throws IOException {
        DrawnImages engine = new DrawnImages(page);
        engine.processPage(page);
        return engine.drawn;
    }

    @Override
    public void drawImage(PDImage image) {
        // An image fills the unit square of the current transformation matrix.
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        drawn.add(new Drawn(ctm.getTranslateX(), ctm.getTranslateY(), ctm.getScalingFactorX(), ctm.getScalingFactorY()));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    }
}
