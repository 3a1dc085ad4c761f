package dev.okr.report;

import dev.okr.report.ReportDocument.Point;
import dev.okr.scoring.Forecast;
import java.util.List;
import java.util.Optional;

/**
 * A key result's attainment at each check-in over its cycle (x: the elapsed fraction of the cycle,
 * y: attainment, 1 = the target), with the target as a horizontal line, the pace its kind expects as
 * a dashed line from 0 at the cycle's start to the expectation at its end, and, while the cycle is in
 * progress, the forecast's line to the cycle's end within a band of one standard error of its
 * prediction there ({@link dev.okr.scoring.Forecast#spread}; none with two check-ins, which leave no
 * spread).
 */
final class HistoryChart {
  static final double WIDTH = 320;
  static final double HEIGHT = 150;
  static final double LEFT = 34;
  static final double RIGHT = 10;
  static final double TOP = 10;
  static final double BOTTOM = 22;

  /** A band narrower than this (under a pixel) is not drawn, nor said. */
  static final double VISIBLE_SPREAD = 0.005;

  private final double low;
  private final double high;

  private HistoryChart(double low, double high) {
    this.low = low;
    this.high = high;
  }

  /** The x of an elapsed fraction. */
  static double x(double elapsed) {
    return LEFT + ProgressBar.clamp(elapsed) * (WIDTH - LEFT - RIGHT);
  }

  /** The y of an attainment, clamped to the chart's range. */
  double y(double attainment) {
    double a = Math.max(low, Math.min(high, attainment));
    return TOP + (high - a) / (high - low) * (HEIGHT - TOP - BOTTOM);
  }

  static void draw(StringBuilder out, Frames frames, String what, List<Point> points, double expectation,
      Optional<Forecast> forecast, double today) {
    double high = 1;
    double low = 0;
    for (Point p : points) {
      high = Math.max(high, p.attainment());
      low = Math.min(low, p.attainment());
    }
    if (forecast.isPresent()) {
      high = Math.max(high, forecast.get().end());
      low = Math.min(low, forecast.get().end());
    }
    HistoryChart c = new HistoryChart(Math.max(low, -0.5), Math.min(high, 1.5));
    double spread = forecast.map(f -> f.spread().orElse(0)).orElse(0.0);
    StringBuilder label = new StringBuilder(what).append(": ").append(points.size()).append(" check-in")
        .append(points.size() == 1 ? "" : "s");
    if (!points.isEmpty()) {
      Point first = points.get(0);
      Point last = points.get(points.size() - 1);
      label.append(", attainment ").append(Html.shown(first.attainment())).append(" on ").append(first.date());
      if (points.size() > 1) {
        label.append(" to ").append(Html.shown(last.attainment())).append(" on ").append(last.date());
      }
    }
    label.append("; pace to ").append(Html.shown(expectation));
    forecast.ifPresent(f -> label.append("; forecast ").append(Html.shown(f.endScore()))
        .append(spread >= VISIBLE_SPREAD ? " \u00b1 " + Html.shown(spread) : ""));
    Svg svg = Svg.openSizedByCss(out, "history", WIDTH, HEIGHT, label.toString());
    svg.use(frames.id(c.low, c.high, expectation, today));
    if (forecast.isPresent() && !points.isEmpty()) {
      Forecast f = forecast.get();
      double from = points.get(points.size() - 1).elapsed();
      double atFrom = f.intercept() + f.slope() * from;
      if (spread >= VISIBLE_SPREAD) {
        svg.path("band", true, x(from), c.y(atFrom + spread), x(1), c.y(f.end() + spread),
            x(1), c.y(f.end() - spread), x(from), c.y(atFrom - spread));
      }
      svg.line("forecast", x(from), c.y(atFrom), x(1), c.y(f.end()), "");
    }
    double[] xy = new double[points.size() * 2];
    for (int i = 0; i < points.size(); i++) {
      xy[2 * i] = x(points.get(i).elapsed());
      xy[2 * i + 1] = c.y(points.get(i).attainment());
    }
    // one dot per check-in: the marker drawn once in the page's defs, at every vertex of the line
    svg.path("values", false, xy);
    svg.close();
  }

  /**
   * What charts of one range, expectation and date share, drawn once per page in its {@code <defs>}
   * and used by each ({@code <use href="#hf0"/>}): the axes and ticks, the target line (attainment
   * 1), the pace line (from 0 at the cycle's start to the expectation at its end), the date's line;
   * and the dot that marks each check-in.
   */
  static final class Frames {
    /** The id of the dot marking each check-in. */
    static final String DOT = "history-dot";
    private final java.util.Map<java.util.List<Double>, String> ids = new java.util.LinkedHashMap<>();

    /** The id of the frame of these values, drawn once. */
    String id(double low, double high, double expectation, double today) {
      return ids.computeIfAbsent(java.util.List.of(low, high, expectation, today), k -> "hf" + ids.size());
    }

    /** The dot and the frames used, for the page's {@code <defs>}. */
    void write(StringBuilder out) {
      out.append("<marker id=\"").append(DOT)
          .append("\" viewBox=\"0 0 6 6\" refX=\"3\" refY=\"3\" markerWidth=\"6\" markerHeight=\"6\" markerUnits=\"userSpaceOnUse\">")
          .append("<circle class=\"dot\" cx=\"3\" cy=\"3\" r=\"2.5\"").append(Stylesheet.DOT).append("/></marker>");
      ids.forEach((k, id) -> {
        out.append("<g id=\"").append(id).append("\">");
        new HistoryChart(k.get(0), k.get(1)).frame(new Svg(out), k.get(2), k.get(3));
        out.append("</g>");
      });
    }
  }

  private void frame(Svg svg, double expectation, double today) {
    double bottom = HEIGHT - BOTTOM;
    svg.line("axis", LEFT, TOP, LEFT, bottom, Stylesheet.AXIS).line("axis", LEFT, bottom, WIDTH - RIGHT, bottom, Stylesheet.AXIS);
    svg.group(Stylesheet.TICKS);
    svg.text("tick", LEFT - 4, y(0) + 4, "end", "0").text("tick", LEFT - 4, y(1) + 4, "end", "1");
    svg.text("tick", LEFT, HEIGHT - 6, "start", "start").text("tick", WIDTH - RIGHT, HEIGHT - 6, "end", "end");
    svg.text("tick", WIDTH - RIGHT - 2, y(1) - 3, "end", "target");
    svg.end();
    svg.line("target", LEFT, y(1), WIDTH - RIGHT, y(1), Stylesheet.TARGET + Html.data("target", 1));
    svg.line("pace", x(0), y(0), x(1), y(expectation), Stylesheet.PACE + Html.data("expectation", expectation));
    if (today > 0 && today < 1) {
      svg.line("today", x(today), TOP, x(today), bottom, Stylesheet.TODAY);
    }
  }

}
