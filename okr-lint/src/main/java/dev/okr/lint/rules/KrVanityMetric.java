package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.TextSpan;
import java.util.Optional;
import java.util.Set;

/**
 * A key result measuring a vanity metric — page views, downloads, followers … — with no link to an
 * outcome (one of the pitfalls to flag; seed 000: "More page views" isn't valuable if it doesn't
 * lead to conversion).
 */
@RuleInfo(
    id = "kr-vanity-metric",
    summary = "Page views, downloads, followers and the like need a link to an outcome",
    messages = "\"{metric}\" is a vanity metric unless it leads to an outcome",
    category = Category.STATEMENT,
    severity = Severity.WARNING,
    productRule = "R12",
    heuristic = true)
final class KrVanityMetric implements LintRule.KeyResultRule {
  /** Metrics that flatter without showing an outcome. */
  static final Set<String> VANITY = Set.of(
      "page views", "pageviews", "page view", "views", "downloads", "app downloads", "installs", "app installs",
      "followers", "likes", "impressions", "visits", "visitors", "hits", "social shares", "shares", "retweets",
      "fans", "registered users", "registrations", "open rate", "reach");

  /** Words that tie a metric to an outcome: who pays, stays, converts or comes back. */
  static final Set<String> OUTCOME_LINKS = Set.of(
      "paying", "paid", "active", "retained", "retention", "convert", "converts", "converted", "conversion", "revenue",
      "qualified", "purchase", "purchases", "trial", "trials", "activation", "engaged", "repeat", "returning",
      "sign up", "signups", "sign-ups", "leads", "customers", "subscribers", "demo", "demos", "orders");

  static final Wording.Phrases VANITY_PHRASES = new Wording.Phrases(VANITY);
  static final Wording.Phrases OUTCOME_LINK_PHRASES = new Wording.Phrases(OUTCOME_LINKS);

  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    String lower = Wording.lowerText(keyResult);
    Optional<TextSpan> vanity = VANITY_PHRASES.findIn(lower);
    for (String extra : keyResult.config().vocabulary().vanityMetrics()) {
      Optional<TextSpan> f = Wording.findAny(lower, Set.of(Wording.lower(extra)));
      if (f.isPresent() && (vanity.isEmpty() || f.get().start() < vanity.get().start())) {
        vanity = f;
      }
    }
    if (vanity.isEmpty() || OUTCOME_LINK_PHRASES.findIn(lower).isPresent()) {
      return;
    }
    for (String m : keyResult.config().vocabulary().outcomeMetrics()) {
      if (Wording.hasWords(lower, Wording.lower(m))) {
        return;
      }
    }
    TextSpan span = vanity.get();
    String metric = keyResult.text().substring(span.start(), span.end());
    out.report(keyResult, "\"" + metric + "\" is a vanity metric unless it leads to an outcome")
        .span(span)
        .confidence(0.75)
        .suggestion("Measure what the " + metric + " should lead to: sign-ups, activation, conversion or revenue, "
            + "e.g. 'Grow visitors who start a trial from <baseline> to <target>'");
  }
}
