package dev.okr.core.statement;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A key result's effective measurement: the one given explicitly, completed from its statement,
 * with a record of which fields came from the text.
 *
 * <p>Explicit data always wins. When the key result has no measurement, the statement's {@linkplain
 * KeyResultStatement#measurement() measurement} is used whole. When it has one, only the fields it
 * lacks (unit, baseline, target, stretch) are taken from the statement, and only if the statement
 * reads as the same type with a compatible unit and the result stays valid; milestones never come
 * from text. A measurement whose kind of check-in differs from the check-ins already recorded (a
 * binary reading of a key result with value check-ins) is not used.
 *
 * <pre>{@code
 * KeyResult kr = KeyResult.of("kr-1", "Reduce churn rate from 5% to 3%");
 * ResolvedMeasurement resolved = ResolvedMeasurement.of(kr);
 * resolved.measurement();   // DECREASE from 5 to 3, unit %
 * resolved.fromStatement(); // [TYPE, UNIT, BASELINE, TARGET]
 * }</pre>
 *
 * <p>The key result itself is not changed, so its equality stays that of its explicit data; {@link
 * #filled()} gives a copy carrying the effective measurement.
 */
@Value.Immutable
public interface ResolvedMeasurement {

  /** A field of a {@link Measurement} that can be read from a statement. */
  enum Field {
    /** {@link Measurement#type()}. */
    TYPE,
    /** {@link Measurement#unit()}. */
    UNIT,
    /** {@link Measurement#baseline()}. */
    BASELINE,
    /** {@link Measurement#target()}. */
    TARGET,
    /** {@link Measurement#stretch()}. */
    STRETCH
  }

  /** Resolves a key result with the {@linkplain StatementParser#standard() standard parser}. */
  static ResolvedMeasurement of(KeyResult keyResult) {
    return StatementParser.standard().resolve(keyResult);
  }

  /** The key result as given. */
  KeyResult keyResult();

  /** Its statement, read. */
  KeyResultStatement statement();

  /** The effective measurement: the explicit one completed from the statement, if any. */
  Optional<Measurement> measurement();

  /** The fields of {@link #measurement()} that came from the statement; empty if none did. */
  Set<Field> fromStatement();

  /** The key result with the effective measurement in place of its own. */
  default KeyResult filled() {
    return fromStatement().isEmpty() ? keyResult() : keyResult().withMeasurement(measurement());
  }
}
