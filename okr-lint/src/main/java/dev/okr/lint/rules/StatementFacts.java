package dev.okr.lint.rules;

import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.statement.KeyResultStatement;
import dev.okr.lint.KeyResultScope;
import java.util.Optional;

/** What several statement rules ask of one key result, answered in one place. */
final class StatementFacts {
  private StatementFacts() {}

  /** The key result's explicit measurement, as given in the document (not read from its text). */
  static Optional<Measurement> explicit(KeyResultScope kr) {
    return kr.keyResult().measurement();
  }

  /** Whether the explicit measurement needs no numbers: binary or milestones. */
  static boolean explicitlyNonNumeric(KeyResultScope kr) {
    return explicit(kr).map(m -> !m.type().isNumeric()).orElse(false);
  }

  /** Whether the explicit measurement holds a level rather than moving from a start. */
  static boolean explicitlyHeld(KeyResultScope kr) {
    return explicit(kr).map(m -> m.type() == MeasurementType.AT_LEAST || m.type() == MeasurementType.AT_MOST).orElse(false);
  }

  /** Whether the statement has any number that measures: baseline, target, stretch or relative change. */
  static boolean hasNumber(KeyResultStatement st) {
    return KrVagueVerb.hasNumber(st);
  }
}
