package dev.okr.report;

import dev.okr.scoring.Portfolio;
import dev.okr.scoring.Rate;
import java.util.List;

/**
 * A cycle's process-health rates (committed and aspirational hit rates, strategic alignment, roadmap
 * traceability) as horizontal bars against their targets: each bar's width is {@code share ×
 * BAR_WIDTH}, each target a vertical mark at {@code target × BAR_WIDTH}; a rate with nothing to count
 * says so instead of drawing a bar. Below target is said in words too.
 */
final class RateChart {
  static final double LABEL = 225;
  static final double BAR_WIDTH = 240;
  static final double ROW = 26;
  static final double WIDTH = LABEL + BAR_WIDTH + 200;

  /** A rate and its target, named. */
  record Row(String id, String name, Rate rate, double target) {}

  private RateChart() {}

  static List<Row> rows(Portfolio.CycleFigures c) {
    return List.of(
        new Row("committedHitRate", "Committed hit rate (score 0.8+)", c.committedHitRate(), Portfolio.COMMITTED_TARGET),
        new Row("aspirationalHitRate", "Aspirational hit rate (score 0.5+)", c.aspirationalHitRate(), Portfolio.ASPIRATIONAL_TARGET),
        new Row("strategicAlignment", "Strategic alignment", c.strategicAlignment(), Portfolio.ALIGNMENT_TARGET),
        new Row("roadmapTraceability", "Roadmap traceability", c.roadmapTraceability(), Portfolio.TRACEABILITY_TARGET));
  }

  static void draw(StringBuilder out, String cycle, List<Row> rows, java.util.function.DoubleUnaryOperator shown) {
    StringBuilder label = new StringBuilder("Process health, ").append(cycle).append(':');
    for (Row r : rows) {
      label.append(' ').append(r.name()).append(' ').append(words(r, shown)).append(';');
    }
    Svg svg = Svg.open(out, "rates", WIDTH, ROW * rows.size() + 4, label.toString());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = 2 + i * ROW;
      svg.text("label", 0, y + 15, "start", r.name());
      svg.rect("track", LABEL, y + 3, BAR_WIDTH, ROW - 8, "");
      if (r.rate().share().isPresent()) {
        double share = shown.applyAsDouble(r.rate().share().getAsDouble());
        boolean meets = r.rate().meets(r.target());
        svg.rect("bar " + (meets ? "c-green" : "c-red"), LABEL, y + 3, share * BAR_WIDTH, ROW - 8,
            " data-rate=\"" + r.id() + "\"" + Html.data("share", share) + Html.data("hits", r.rate().hits())
                + Html.data("total", r.rate().total()) + Html.data("target", r.target()));
      }
      double tx = LABEL + r.target() * BAR_WIDTH;
      svg.line("target", tx, y, tx, y + ROW - 2, Html.data("target", r.target()));
      svg.text("value", LABEL + BAR_WIDTH + 6, y + 15, "start", words(r, shown));
    }
    svg.close();
  }

  /** "75% (3/4) ✓ target 80%+" or "no key results". */
  static String words(Row r, java.util.function.DoubleUnaryOperator shown) {
    if (r.rate().total() == 0) {
      return "none to count";
    }
    double share = shown.applyAsDouble(r.rate().share().getAsDouble());
    return Html.percent(share) + " (" + r.rate().hits() + "/" + r.rate().total() + ") "
        + (r.rate().meets(r.target()) ? "\u2713 meets " : "\u2717 below ") + Html.percent(r.target()) + "+";
  }
}
