package dev.okr.testkit;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on an {@link Objective}. */
public final class ObjectiveAssert extends AbstractObjectAssert<ObjectiveAssert, Objective> {

  ObjectiveAssert(Objective actual) {
    super(actual, ObjectiveAssert.class);
  }

  /** The key results' ids, exactly and in order. */
  public ObjectiveAssert hasKeyResultIds(String... ids) {
    isNotNull();
    List<String> actualIds = actual.keyResults().stream().map(KeyResult::id).toList();
    if (!actualIds.equals(List.of(ids))) {
      failWithMessage("Expected the key results%n  %s%nbut were%n  %s", List.of(ids), actualIds);
    }
    return this;
  }

  /**
   * Every check-in of every key result is dated within the objective's cycle, its ends included;
   * fails if the objective has no cycle.
   */
  public ObjectiveAssert hasCheckInsWithinItsCycle() {
    return hasCheckInsWithin(0);
  }

  /** Every check-in is dated within the cycle or {@link Objective#CHECK_IN_GRACE} either side. */
  public ObjectiveAssert hasCheckInsWithinItsCycleOrGrace() {
    return hasCheckInsWithin(Objective.CHECK_IN_GRACE.getDays());
  }

  private ObjectiveAssert hasCheckInsWithin(int graceDays) {
    isNotNull();
    if (actual.cycle().isEmpty()) {
      failWithMessage("Expected objective \"%s\" to have a cycle", actual.id());
      return this;
    }
    Cycle cycle = actual.cycle().get();
    LocalDate earliest = cycle.start().minusDays(graceDays);
    LocalDate latest = cycle.end().plusDays(graceDays);
    for (KeyResult kr : actual.keyResults()) {
      for (CheckIn checkIn : kr.checkIns()) {
        if (checkIn.date().isBefore(earliest) || checkIn.date().isAfter(latest)) {
          failWithMessage("Expected the check-ins of \"%s\" within %s to %s but one is dated %s",
              kr.id(), earliest, latest, checkIn.date());
        }
      }
    }
    return this;
  }

  /** Building the objective again through its builder gives an equal value with the same hash. */
  public ObjectiveAssert rebuildsEqual() {
    isNotNull();
    Objective rebuilt = new Objective.Builder().from(actual).build();
    if (!rebuilt.equals(actual) || rebuilt.hashCode() != actual.hashCode()) {
      failWithMessage("Expected the rebuilt objective to equal%n  %s%nbut was%n  %s", actual, rebuilt);
    }
    return this;
  }
}
