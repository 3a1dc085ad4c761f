package dev.okr.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small SVG writer: one {@code <svg role="img">} with its text alternative (a {@code <title>} and an
 * {@code aria-label}) and the shapes the charts draw, coordinates to two decimals. Every text given to
 * it is escaped.
 */
final class Svg {
  private final StringBuilder out;

  private Svg(StringBuilder out) {
    this.out = out;
  }

  /** Opens an SVG of this size, with a CSS class and its text alternative. */
  static Svg open(StringBuilder out, String cssClass, double width, double height, String label) {
    String text = Html.text(label);
    out.append("<svg class=\"").append(cssClass).append("\" role=\"img\" width=\"")
        .append(n(width)).append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
        .append(n(height)).append("\" aria-label=\"").append(text).append("\"><title>").append(text).append("</title>");
    return new Svg(out);
  }

  /** A coordinate or length: at most two decimals. */
  static String n(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A rectangle; {@code extra} is more attributes, already escaped (e.g. {@code data-} numbers). */
  Svg rect(String cssClass, double x, double y, double width, double height, String extra) {
    out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(Math.max(0, width))).append("\" height=\"").append(n(Math.max(0, height)))
        .append('"').append(extra).append("/>");
    return this;
  }

  /** A straight line. */
  Svg line(String cssClass, double x1, double y1, double x2, double y2, String extra) {
    out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append('"').append(extra).append("/>");
    return this;
  }

  /** A polyline or, when {@code closed}, a polygon through these points ({@code x0, y0, x1, y1, ...}). */
  Svg path(String cssClass, boolean closed, double... xy) {
    out.append(closed ? "<polygon" : "<polyline").append(" class=\"").append(cssClass).append("\" points=\"");
    for (int i = 0; i + 1 < xy.length; i += 2) {
      out.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
    }
    out.append("\"/>");
    return this;
  }

  /** A dot. */
  Svg circle(String cssClass, double x, double y, double r, String extra) {
    out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
        .append("\" r=\"").append(n(r)).append('"').append(extra).append("/>");
    return this;
  }

  /** A text, escaped; {@code anchor} is start, middle or end. */
  Svg text(String cssClass, double x, double y, String anchor, String text) {
    out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" text-anchor=\"").append(anchor).append("\">").append(Html.text(text)).append("</text>");
    return this;
  }

  /** Closes the SVG. */
  void close() {
    out.append("</svg>");
  }
}
