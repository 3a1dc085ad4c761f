package dev.okr.lint;

import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.outline.UnplacedLine;
import java.util.ArrayList;
import java.util.List;

/** Small OKR documents for tests: complete objectives (owner, kind, cycle) unless a test removes a part. */
public final class Okrs {
  private Okrs() {}

  /** An objective of team Growth in 2026-Q3, committed, with key results {@code <id>-kr1...}. */
  public static Objective.Builder objective(String id, String title, String... keyResults) {
    Objective.Builder b = Objective.builder()
        .id(id)
        .title(title)
        .owner(Owner.team("Growth"))
        .kind(ObjectiveKind.COMMITTED)
        .cycle(Cycle.quarter(2026, 3));
    for (int i = 0; i < keyResults.length; i++) {
      b.addKeyResult(KeyResult.of(id + "-kr" + (i + 1), keyResults[i]));
    }
    return b;
  }

  /**
   * A line an outline reader did not place, as okr-core's {@code OutlineImport.unplaced()} gives it,
   * so that tests choose their lines whatever the reader places.
   */
  public static UnplacedLine unplaced(int line, int column, String text, String reason) {
    return UnplacedLine.of(line, column, text, reason);
  }

  /** A set of these objectives. */
  public static OkrSet set(Objective.Builder... objectives) {
    List<Objective> built = new ArrayList<>();
    for (Objective.Builder b : objectives) {
      built.add(b.build());
    }
    return OkrSet.of(built);
  }
}
