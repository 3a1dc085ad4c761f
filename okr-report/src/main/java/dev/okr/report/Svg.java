package dev.okr.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small SVG writer: one {@code <svg role="img">} with its text alternative (its {@code <title>}, which
 * is the image's accessible name) and the shapes the charts draw, coordinates to one decimal. Every
 * text given to it is escaped.
 */
final class Svg {
  private final StringBuilder out;

  Svg(StringBuilder out) {
    this.out = out;
  }

  /** Opens an SVG of this size, with a CSS class and its text alternative. */
  static Svg open(StringBuilder out, String cssClass, double width, double height, String label) {
    out.append("<svg class=\"").append(cssClass).append("\" role=\"img\" width=\"").append(n(width)).append("\" height=\"")
        .append(n(height)).append('"');
    return titled(out, width, height, label);
  }

  /**
   * Opens an SVG whose size the stylesheet gives (its class's {@code width}), for the charts drawn
   * thousands of times: only the view box is written.
   */
  static Svg openSizedByCss(StringBuilder out, String cssClass, double width, double height, String label) {
    out.append("<svg class=\"").append(cssClass).append("\" role=\"img\"");
    return titled(out, width, height, label);
  }

  private static Svg titled(StringBuilder out, double width, double height, String label) {
    out.append(" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\"><title>").append(Html.text(label))
        .append("</title>");
    return new Svg(out);
  }

  /** A coordinate or length: at most one decimal (a twentieth of a pixel at most off). */
  static String n(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A use of a shape drawn once in the page's {@code <defs>}: {@code <use href="#id"/>}. */
  Svg use(String id) {
    out.append("<use href=\"#").append(id).append("\"/>");
    return this;
  }

  /** A rectangle; {@code extra} is more attributes, already escaped (e.g. {@code data-} numbers). */
  Svg rect(String cssClass, double x, double y, double width, double height, String extra) {
    out.append("<rect class=\"").append(cssClass).append(x == 0 ? "" : "\" x=\"" + n(x)).append("\" y=\"").append(n(y))
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
    return path(cssClass, closed, "", xy);
  }

  /** The same with more attributes, already escaped. */
  Svg path(String cssClass, boolean closed, String extra, double... xy) {
    out.append(closed ? "<polygon" : "<polyline").append(" class=\"").append(cssClass).append('"').append(extra).append(" points=\"");
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

  /** Opens a group whose shapes inherit these attributes, already escaped. */
  Svg group(String attributes) {
    out.append("<g").append(attributes).append('>');
    return this;
  }

  /** Closes the group. */
  Svg end() {
    out.append("</g>");
    return this;
  }

  /** Closes the SVG. */
  void close() {
    out.append("</svg>");
  }
}
