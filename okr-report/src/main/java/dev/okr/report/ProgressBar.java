package dev.okr.report;

import dev.okr.scoring.Colour;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A score as a horizontal bar on a 0–1 track, with the score expected by now marked as a vertical
 * line: the bar's width is {@code score × WIDTH}, the mark's position {@code expected × WIDTH}.
 */
final class ProgressBar {
  /** The track's width: a score of 1. */
  static final double WIDTH = 200;
  private static final double HEIGHT = 16;
  private static final double MARK_OVERHANG = 3;

  private ProgressBar() {}

  static void draw(StringBuilder out, String what, OptionalDouble score, OptionalDouble expected, Optional<Colour> colour) {
    String label = what + ": " + (score.isPresent() ? "score " + Html.shown(score.getAsDouble()) + " of 1" : "no score yet")
        + (expected.isPresent() ? ", expected by now " + Html.shown(expected.getAsDouble()) : "");
    Svg svg = Svg.open(out, "progress", WIDTH, HEIGHT + 2 * MARK_OVERHANG, label);
    svg.rect("track", 0, MARK_OVERHANG, WIDTH, HEIGHT, "");
    if (score.isPresent()) {
      svg.rect("bar " + Page.colourClass(colour), 0, MARK_OVERHANG, clamp(score.getAsDouble()) * WIDTH, HEIGHT,
          Html.data("score", score));
    }
    if (expected.isPresent()) {
      double x = clamp(expected.getAsDouble()) * WIDTH;
      svg.line("pace", x, 0, x, HEIGHT + 2 * MARK_OVERHANG, Html.data("expected", expected));
    }
    svg.close();
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
