package dev.okr.lint.rules;

import dev.okr.lint.LintRule;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one registry of built-in rules, sorted by id. Each rule is stateless and shared. The engine's
 * own diagnostics are not rules: see {@link dev.okr.lint.EngineDiagnostic}.
 */
public final class BuiltInRules {
  private static final List<LintRule> ALL = Stream.<LintRule>of(
          new InitiativeUnlinked(),
          new KrDirectionMismatch(),
          new KrDuplicate(),
          new KrKpiLike(),
          new KrNoBaseline(),
          new KrNoCheckIns(),
          new KrNoTarget(),
          new KrNotMeasurable(),
          new KrStaleCheckIns(),
          new KrTaskLike(),
          new KrUnreadable(),
          new KrVagueVerb(),
          new KrVanityMetric(),
          new ObjectiveHasMetric(),
          new ObjectiveKrCount(),
          new ObjectiveTaskLike(),
          new ObjectiveUnaligned(),
          new OkrMissingKind(),
          new OkrMissingOwner(),
          new OutlineUnplaced(),
          new TeamKrCount(),
          new TeamObjectiveCount())
      .sorted(Comparator.comparing(r -> r.metadata().id()))
      .toList();

  private BuiltInRules() {}

  /** Every built-in rule, sorted by id. */
  public static List<LintRule> all() {
    return ALL;
  }
}
