package dev.okr.lint.rules;

import dev.okr.core.CheckIn;
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
 * A key result whose latest check-in is older than the stale threshold (14 days by default) at the
 * lint date, or at the cycle's end once it is over (key results are checked in weekly). Key results
 * without a cycle or without any check-in are left to other rules.
 */
@RuleInfo(
    id = "kr-stale-check-ins",
    summary = "A key result's latest check-in should be recent",
    messages = "Latest check-in was {days} days before {date} (on {date of the check-in}); check in at least every {days} days",
    category = Category.CADENCE,
    severity = Severity.WARNING,
    productRule = "R8")
final class KrStaleCheckIns implements LintRule.KeyResultRule {
  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    Optional<Cycle> cycle = keyResult.objective().objective().cycle();
    if (cycle.isEmpty() || keyResult.keyResult().checkIns().isEmpty() || keyResult.asOf().isBefore(cycle.get().start())) {
      return;
    }
    LocalDate at = keyResult.asOf().isAfter(cycle.get().end()) ? cycle.get().end() : keyResult.asOf();
    Optional<CheckIn> latest = keyResult.keyResult().latestCheckIn(at);
    if (latest.isEmpty()) {
      return;
    }
    long days = ChronoUnit.DAYS.between(latest.get().date(), at);
    int stale = keyResult.config().thresholds().staleCheckInDays();
    if (days > stale) {
      out.report(keyResult, "Latest check-in was " + days + " days before " + at + " (on " + latest.get().date()
              + "); check in at least every " + stale + " days")
          .suggestion("Record the current value and the owner's confidence");
    }
  }
}
