package dev.okr.testkit;

/**
 * A made-up document of many objectives in 2026-Q3, for tests and benchmarks of the report: teams of
 * five objectives, committed and aspirational in turn, three key results each (increase, decrease,
 * at-most; each its own metric) with check-ins every week or ten days up to mid-August at different speeds;
 * the first objective of each team aligns to the company's, the second cascades from a company key
 * result. Every fourth objective's last key result has no check-in yet. Used by okr report's tests
 * (50 objectives) and its benchmark (1,000).
 */
public final class GeneratedDocument {
  private GeneratedDocument() {}

  /** The document of {@code objectives} objectives, in the interchange form (YAML). */
  public static String yaml(int objectives) {
    StringBuilder b = new StringBuilder("formatVersion: 1\ncycle: 2026-Q3\nobjectives:\n");
    for (int i = 0; i < objectives; i++) {
      int team = i / 5;
      b.append("  - id: o").append(i).append('\n')
          .append("    title: Make the customers of team ").append(team).append(" succeed in area ").append(area(i)).append('\n')
          .append("    kind: ").append(i % 2 == 0 ? "committed" : "aspirational").append('\n')
          .append("    owner: {team: ").append(i == 0 ? "Company" : "Team " + team).append("}\n");
      if (i > 0 && i % 5 == 0) {
        b.append("    alignsTo: {objective: o0}\n");
      } else if (i > 0 && i % 5 == 1) {
        b.append("    alignsTo: {keyResult: o0-k").append(i % 3).append("}\n");
      }
      b.append("    keyResults:\n");
      double speed = 0.3 + (i % 7) * 0.12;
      b.append("      - id: o").append(i).append("-k0\n")
          .append("        statement: Increase weekly active writers of area ").append(area(i)).append(" from 1000 to 2000\n")
          .append("        measurement: {type: increase, baseline: 1000, target: 2000}\n        checkIns:\n");
      for (int w = 0; w < 7; w++) {
        b.append("          - {date: ").append(java.time.LocalDate.of(2026, 7, 1).plusDays(7L * w)).append(", value: ")
            .append(1000 + Math.round(w * 60 * speed * (1 + ((i + w) % 3) * 0.1))).append("}\n");
      }
      b.append("      - id: o").append(i).append("-k1\n")
          .append("        statement: Reduce median time to first note in area ").append(area(i)).append(" from 10 minutes to 4 minutes\n")
          .append("        measurement: {type: decrease, unit: minutes, baseline: 10, target: 4}\n        checkIns:\n");
      for (int w = 0; w < 5; w++) {
        b.append("          - {date: ").append(java.time.LocalDate.of(2026, 7, 6).plusDays(10L * w)).append(", value: ")
            .append(String.format(java.util.Locale.ROOT, "%.1f", 10 - w * speed)).append("}\n");
      }
      b.append("      - id: o").append(i).append("-k2\n")
          .append("        statement: Keep p95 page load of area ").append(area(i)).append(" at or under 900 ms every week\n")
          .append("        measurement: {type: at-most, unit: ms, target: 900}\n")
          .append(i % 4 == 3 ? "" : "        checkIns:\n          - {date: 2026-08-14, value: " + (850 + i % 5 * 20) + "}\n");
    }
    return b.toString();
  }

  /** A name for an area without digits (a number in a title or statement reads as a metric): a, b, ..., z, ba, bb, ... */
  private static String area(int i) {
    String name = "";
    int n = i;
    do {
      name = (char) ('a' + n % 26) + name;
      n /= 26;
    } while (n > 0);
    return name;
  }
}
