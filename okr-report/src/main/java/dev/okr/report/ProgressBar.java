package dev.okr.report;

import dev.okr.scoring.Colour;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A score as a horizontal bar on a 0–1 track, with the score expected by now marked as a vertical
 * line: the bar's width is {@code score × WIDTH}, the mark's position {@code expected × WIDTH}. The
 * track and the mark are drawn once in the page's {@code <defs>} and used by every bar.
 */
final class ProgressBar {
  /** The track's width: a score of 1. */
  static final double WIDTH = 200;
  private static final double HEIGHT = 16;
  private static final double MARK_OVERHANG = 3;
  /** The id of the track, drawn once in the page's {@code <defs>}. */
  static final String TRACK = "pt";
  /** The id of the pace mark, drawn once in the page's {@code <defs>} at x = 0 and placed by each bar. */
  static final String MARK = "pm";

  private ProgressBar() {}

  /** The track and the mark, for the page's {@code <defs>}. */
  static void defs(StringBuilder out) {
    new Svg(out).rect("track", 0, MARK_OVERHANG, WIDTH, HEIGHT, " id=\"" + TRACK + "\"" + Stylesheet.TRACK_FILL)
        .line("pace", 0, 0, 0, HEIGHT + 2 * MARK_OVERHANG, " id=\"" + MARK + "\"" + Stylesheet.PACE.replace(" stroke-dasharray=\"4 2\"", ""));
  }

  static void draw(StringBuilder out, String what, OptionalDouble score, OptionalDouble expected, Optional<Colour> colour) {
    String label = what + ": " + (score.isPresent() ? "score " + Html.shown(score.getAsDouble()) : "no score yet")
        + (expected.isPresent() ? ", expected " + Html.shown(expected.getAsDouble()) : "");
    Svg svg = Svg.openSizedByCss(out, "progress", WIDTH, HEIGHT + 2 * MARK_OVERHANG, label);
    svg.use(TRACK);
    if (score.isPresent()) {
      svg.rect("bar " + Page.colourClass(colour), 0, MARK_OVERHANG, clamp(score.getAsDouble()) * WIDTH, HEIGHT,
          Html.data("score", score));
    }
    if (expected.isPresent()) {
      double x = clamp(expected.getAsDouble()) * WIDTH;
      out.append("<use class=\"pace\" href=\"#").append(MARK).append("\" x=\"").append(Svg.n(x)).append('"')
          .append(Html.data("expected", expected)).append("/>");
    }
    svg.close();
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
