package dev.okr.report;

import dev.okr.scoring.Colour;
import dev.okr.scoring.Distribution;
import java.util.Map;

/**
 * The scores of a cycle's key results by zone (red, yellow, green), per team and kind: one bar per
 * zone, its width {@code count × unit} where the longest bar of the chart ({@code BAR_WIDTH}) is the
 * largest count. Each bar is labelled with its zone's name and count, so colour is not the only sign.
 */
final class ZoneChart {
  static final double LABEL = 225;
  static final double BAR_WIDTH = 240;
  static final double BAR = 14;
  static final double GROUP_GAP = 12;
  static final double WIDTH = LABEL + BAR_WIDTH + 120;

  private ZoneChart() {}

  /** The width of one key result: the largest count fills the bar. */
  static double unit(Map<String, Map<String, Distribution>> distribution) {
    long max = 1;
    for (Map<String, Distribution> kinds : distribution.values()) {
      for (Distribution d : kinds.values()) {
        for (long n : d.colours().values()) {
          max = Math.max(max, n);
        }
      }
    }
    return BAR_WIDTH / max;
  }

  static void draw(StringBuilder out, String cycle, Map<String, Map<String, Distribution>> distribution) {
    int groups = distribution.values().stream().mapToInt(Map::size).sum();
    int zones = Colour.values().length;
    double height = groups * (zones * (BAR + 3) + GROUP_GAP) + 4;
    StringBuilder label = new StringBuilder("Key results by zone, ").append(cycle).append(':');
    distribution.forEach((team, kinds) -> kinds.forEach((kind, d) -> {
      label.append(' ').append(team).append(", ").append(kind).append(':');
      d.colours().forEach((c, n) -> label.append(' ').append(c.id()).append(' ').append(n));
      label.append(d.unscored() > 0 ? ", unscored " + d.unscored() : "").append(';');
    }));
    double unit = unit(distribution);
    Svg svg = Svg.open(out, "zones", WIDTH, height, label.toString());
    double y = 2;
    for (Map.Entry<String, Map<String, Distribution>> team : distribution.entrySet()) {
      for (Map.Entry<String, Distribution> kind : team.getValue().entrySet()) {
        Distribution d = kind.getValue();
        svg.text("label", 0, y + BAR, "start", team.getKey() + ", " + kind.getKey());
        out.append("<g data-team=\"").append(Html.text(team.getKey())).append("\" data-kind=\"").append(Html.text(kind.getKey()))
            .append("\">");
        for (Colour c : Colour.values()) {
          long n = d.colours().getOrDefault(c, 0L);
          svg.rect("bar c-" + c.id(), LABEL, y, n * unit, BAR, " data-zone=\"" + c.id() + "\"" + Html.data("count", n));
          svg.text("value", LABEL + n * unit + 4, y + BAR - 3, "start", c.id() + " " + n);
          y += BAR + 3;
        }
        out.append("</g>");
        y += GROUP_GAP;
      }
    }
    svg.close();
  }
}
