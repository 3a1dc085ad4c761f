package dev.okr.lint.rules;

import dev.okr.core.Cycle;
import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A key result with no check-in once its cycle has run for the grace period (a key result nobody
 * updates is "set and forget"). Key results whose objective has no cycle are not checked: nothing
 * says when check-ins were due.
 */
@RuleInfo(
    id = "kr-no-check-ins",
    summary = "A key result should be checked in on during its cycle",
    messages = {
      "Key result has no check-ins: {days} days into {cycle}; it should be checked in weekly",
      "Key result has no check-ins: {cycle} ended on {date} without one; it should be checked in weekly"},
    category = Category.CADENCE,
    severity = Severity.WARNING,
    productRule = "R8")
final class KrNoCheckIns implements LintRule.KeyResultRule {
  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    Optional<Cycle> cycle = keyResult.objective().objective().cycle();
    if (cycle.isEmpty() || !keyResult.keyResult().checkIns().isEmpty()) {
      return;
    }
    LocalDate asOf = keyResult.asOf();
    LocalDate due = cycle.get().start().plusDays(keyResult.config().thresholds().checkInGraceDays());
    if (asOf.isBefore(due)) {
      return;
    }
    String when = asOf.isAfter(cycle.get().end())
        ? cycle.get() + " ended on " + cycle.get().end() + " without one"
        : ChronoUnit.DAYS.between(cycle.get().start(), asOf) + " days into " + cycle.get();
    out.report(keyResult, "Key result has no check-ins: " + when + "; it should be checked in weekly")
        .suggestion("Record its value weekly; a key result nobody updates is set and forgotten");
  }
}
