package dev.okr.testkit;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link KeyResult}. */
public final class KeyResultAssert extends AbstractObjectAssert<KeyResultAssert, KeyResult> {

  KeyResultAssert(KeyResult actual) {
    super(actual, KeyResultAssert.class);
  }

  /** The key result is measured by this type. */
  public KeyResultAssert hasMeasurementType(MeasurementType type) {
    isNotNull();
    if (actual.measurement().map(Measurement::type).orElse(null) != type) {
      failWithMessage("Expected key result \"%s\" measured by %s but it has %s", actual.id(), type, actual.measurement());
    }
    return this;
  }

  /**
   * Every check-in records what the measurement takes: a value for numeric types, an achieved flag
   * for binary ones, milestones of the key result for milestone ones (values when unmeasured).
   */
  public KeyResultAssert hasCheckInsMatchingItsMeasurement() {
    isNotNull();
    MeasurementType type = actual.measurement().map(Measurement::type).orElse(MeasurementType.INCREASE);
    CheckIn.Kind expected = switch (type) {
      case BINARY -> CheckIn.Kind.ACHIEVED;
      case MILESTONES -> CheckIn.Kind.MILESTONES;
      default -> CheckIn.Kind.VALUE;
    };
    List<String> milestones = actual.measurement().map(m -> m.milestones().stream().map(Milestone::name).toList())
        .orElse(List.of());
    for (CheckIn checkIn : actual.checkIns()) {
      if (checkIn.kind() != expected) {
        failWithMessage("Expected check-ins of kind %s for key result \"%s\" but found %s", expected, actual.id(), checkIn);
      }
      if (expected == CheckIn.Kind.MILESTONES && !milestones.containsAll(checkIn.milestonesDone().orElseThrow())) {
        failWithMessage("Expected the milestones done %s among %s", checkIn.milestonesDone().orElseThrow(), milestones);
      }
    }
    return this;
  }

  /** The check-ins are in date order. */
  public KeyResultAssert hasCheckInsInDateOrder() {
    isNotNull();
    for (int i = 1; i < actual.checkIns().size(); i++) {
      if (actual.checkIns().get(i).date().isBefore(actual.checkIns().get(i - 1).date())) {
        failWithMessage("Expected check-ins in date order but check-in %s is dated before the one before it: %s",
            i, actual.checkIns());
      }
    }
    return this;
  }

  /** Building the key result again through its builder gives an equal value with the same hash. */
  public KeyResultAssert rebuildsEqual() {
    isNotNull();
    KeyResult rebuilt = new KeyResult.Builder().from(actual).build();
    if (!rebuilt.equals(actual) || rebuilt.hashCode() != actual.hashCode()) {
      failWithMessage("Expected the rebuilt key result to equal%n  %s%nbut was%n  %s", actual, rebuilt);
    }
    return this;
  }
}
