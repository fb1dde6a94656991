package org.welfareintelligence.tender;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A small static map for reports (PNG): the zone's sections shaded by a rate in five quantile classes, the
 * zone's outline and the facilities as dots. Drawn with Java2D so that the PDF needs no map server.
 */
final class ZoneMapImage {

    /** A section to shade; {@code rate} null when withheld or without residents. */
    record Shape(Geometry geometry, Double rate) {
    }

    private static final Color[] CLASSES = {new Color(0xeff3ff), new Color(0xbdd7e7), new Color(0x6baed6),
            new Color(0x3182bd), new Color(0x08519c)};
    private static final Color NO_VALUE = new Color(0xdddddd);

    private ZoneMapImage() {
    }

    /** The legend's words and number format, in the reader's language. */
    record Legend(String title, String noValue, String facility, java.util.Locale locale) {
    }

    static byte[] png(Geometry zone, List<Shape> sections, List<Coordinate> facilities, Legend legend,
                      int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);

        Envelope extent = new Envelope(zone.getEnvelopeInternal());
        extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.05 + 1);
        int legendHeight = 40;
        double scale = Math.min(width / extent.getWidth(), (height - legendHeight) / extent.getHeight());
        Projection to = new Projection(extent, scale, (height - legendHeight));

        double[] breaks = quantileBreaks(sections);
        for (Shape s : sections) {
            Path2D path = to.path(s.geometry());
            g.setColor(s.rate() == null ? NO_VALUE : CLASSES[classOf(s.rate(), breaks)]);
            g.fill(path);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(path);
        }
        g.setColor(new Color(0x222222));
        g.setStroke(new BasicStroke(2f));
        g.draw(to.path(zone));
        g.setColor(new Color(0xe6550d));
        for (Coordinate c : facilities) {
            double[] p = to.point(c.x, c.y);
            g.fill(new Ellipse2D.Double(p[0] - 4, p[1] - 4, 8, 8));
        }
        legend(g, breaks, legend, height - legendHeight + 6);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the zone map", e);
        }
        return out.toByteArray();
    }

    private static void legend(Graphics2D g, double[] breaks, Legend legend, int top) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(Color.DARK_GRAY);
        g.drawString(legend.title(), 6, top + 10);
        int x = 6;
        for (int i = 0; i < CLASSES.length && breaks.length > 0; i++) {
            g.setColor(CLASSES[i]);
            g.fillRect(x, top + 16, 14, 12);
            g.setColor(Color.DARK_GRAY);
            String label = "≤ " + String.format(legend.locale(), "%.1f", breaks[Math.min(i, breaks.length - 1)]);
            g.drawString(label, x + 18, top + 26);
            x += 26 + g.getFontMetrics().stringWidth(label);
        }
        g.setColor(NO_VALUE);
        g.fillRect(x, top + 16, 14, 12);
        g.setColor(Color.DARK_GRAY);
        g.drawString(legend.noValue(), x + 18, top + 26);
        g.setColor(new Color(0xe6550d));
        int dotX = x + 30 + g.getFontMetrics().stringWidth(legend.noValue());
        g.fillOval(dotX, top + 17, 9, 9);
        g.setColor(Color.DARK_GRAY);
        g.drawString(legend.facility(), dotX + 13, top + 26);
    }

    /** Upper bounds of five classes of about equal size over the sections with a value. */
    static double[] quantileBreaks(List<Shape> sections) {
        double[] values = sections.stream().map(Shape::rate).filter(r -> r != null)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (values.length == 0) {
            return new double[0];
        }
        double[] breaks = new double[CLASSES.length];
        for (int i = 0; i < breaks.length; i++) {
            breaks[i] = values[Math.min(values.length - 1, (int) Math.ceil((i + 1) * values.length / 5.0) - 1)];
        }
        return breaks;
    }

    private static int classOf(double value, double[] breaks) {
        int index = Arrays.binarySearch(breaks, value);
        int position = index >= 0 ? index : -index - 1;
        while (position > 0 && index >= 0 && breaks[position - 1] == value) {
            position--;
        }
        return Math.min(position, CLASSES.length - 1);
    }

    /** Metric coordinates to image pixels (y grows downwards). */
    private record Projection(Envelope extent, double scale, int mapHeight) {

        double[] point(double x, double y) {
            return new double[] {(x - extent.getMinX()) * scale, mapHeight - (y - extent.getMinY()) * scale};
        }

        Path2D path(Geometry geometry) {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part instanceof Polygon polygon) {
                    ring(path, polygon.getExteriorRing().getCoordinates());
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        ring(path, polygon.getInteriorRingN(h).getCoordinates());
                    }
                }
            }
            return path;
        }

        private void ring(Path2D path, Coordinate[] coordinates) {
            for (int i = 0; i < coordinates.length; i++) {
                double[] p = point(coordinates[i].x, coordinates[i].y);
                if (i == 0) {
                    path.moveTo(p[0], p[1]);
                } else {
                    path.lineTo(p[0], p[1]);
                }
            }
            path.closePath();
        }
    }
}
