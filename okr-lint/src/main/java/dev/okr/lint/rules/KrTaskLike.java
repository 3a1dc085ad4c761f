package dev.okr.lint.rules;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.Quantity;
import dev.okr.core.statement.StatementKind;
import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Scope;
import dev.okr.lint.Severity;
import dev.okr.lint.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A key result that names an output, an activity, a deliverable or a ship date instead of an
 * outcome. The verdict is okr-core's statement parser's ({@code KeyResultStatement.kind()});
 * this rule weighs it into a confidence and reads three things the parser leaves open: a share of a
 * population ("90% of new hires rate onboarding 4+") is an outcome even when the population is a
 * counted noun; a rollout to a share of users is treated gently (confidence 0.4, see the docs); and
 * a statement the parser cannot read, with no number, is a deliverable's title ("Dashboard v2
 * launch", "Implementation of the CRM").
 */
@RuleInfo(
    id = "kr-task-like",
    summary = "A key result should measure an outcome, not name an output, activity or ship date",
    messages = "Key result \"{statement}\" {what it does instead}{ (\"the words that say so\")}, not an outcome",
    category = Category.STATEMENT,
    severity = Severity.WARNING,
    productRule = "R2, R12",
    heuristic = true)
final class KrTaskLike implements LintRule.KeyResultRule {
  /** Who a rollout reaches: "to 100% of paying users". */
  static final Set<String> POPULATIONS = Set.of(
      "users", "customers", "members", "accounts", "traffic", "workspaces", "teams", "clients", "patients",
      "subscribers", "visitors", "merchants", "sellers", "buyers", "tenants", "organizations", "organisations",
      "companies", "stores", "restaurants", "clinics", "schools", "students", "employees", "devices", "sessions",
      "requests", "regions", "markets", "user", "customer", "admins", "developers", "partners");

  /** Nouns that name a deliverable in a title without a verb: "Dashboard v2 launch", "Billing page rebuild". */
  static final Set<String> DELIVERABLES = Set.of(
      "launch", "release", "rebuild", "redesign", "revamp", "refresh", "migration", "implementation", "creation",
      "development", "integration", "rollout", "roll-out", "mvp", "beta", "upgrade", "setup", "set-up",
      "rewrite", "prototype", "overhaul", "replatforming", "v1", "v2", "v3", "v4", "2.0", "3.0", "website",
      "portal", "app", "feature", "module", "page", "api", "sso", "dashboard", "emails", "program", "programme",
      "documentation", "plan", "roadmap", "strategy", "policy", "process", "tool", "system", "project", "migrate");

  /** Metrics of the team's own work that read as outcomes but are outputs. */
  static final Set<String> OUTPUT_METRICS = Set.of("test coverage", "code coverage", "story points", "tickets closed");

  /** Phrases of watching a metric that the parser reads as other verbs. */
  static final Set<String> WATCHING = Set.of("keep an eye on", "keep track of", "stay on top of");

  static final Wording.Phrases WATCHING_PHRASES = new Wording.Phrases(WATCHING);
  static final Wording.Phrases DELIVERABLE_PHRASES = new Wording.Phrases(DELIVERABLES);
  static final Wording.Phrases OUTPUT_METRIC_PHRASES = new Wording.Phrases(OUTPUT_METRICS);

  /** The verdict on a key result: how sure it is a task, and which words say so. */
  static final class Verdict {
    final double confidence;
    final Optional<TextSpan> span;
    final String why;

    Verdict(double confidence, Optional<TextSpan> span, String why) {
      this.confidence = confidence;
      this.span = span;
      this.why = why;
    }
  }

  /**
   * The verdict on a key result, computed once per statement text by a linter (it depends on nothing
   * else): kr-task-like and the rules that defer to it share it.
   */
  static final Scope.Key<Optional<Verdict>> VERDICT = Scope.Key.ofText("kr-task-like verdict");

  static Optional<Verdict> verdict(KeyResultScope keyResult) {
    return keyResult.memo(VERDICT, (KeyResultScope k) -> {
      String lower = Wording.lowerText(k);
      for (String m : k.config().vocabulary().outcomeMetrics()) {
        if (Wording.hasWords(lower, Wording.lower(m))) {
          return Optional.empty(); // the team says this metric is an outcome
        }
      }
      return judged(k.statement(), verdict(k.statement(), lower, k.statementVocabulary()));
    });
  }

  /** Below this confidence the rules report gently, under the default threshold; the model leaves those alone. */
  static final double LOW_CONFIDENCE = 0.5;

  /** The model's probability from which a statement the rules call a task is one. */
  static final double AGREEING = 0.30;

  /** The model's probability from which a statement is a task when the rules do not call it one. */
  static final double ALONE = 0.50;

  /**
   * Whether a statement is a task, given the rules' verdict and the model's weighing. Where the rules
   * read an output verb and no number at all ("Design the pricing page"), the labelling rules call
   * it a task (an outcome states a number) and so does this, whatever its other words weigh.
   * Otherwise a probability of at least {@value #AGREEING} where the rules call it a task and
   * {@value #ALONE} where they do not; a vague statement with no number is left to kr-vague-verb.
   * The thresholds were chosen by cross-validation over departments ({@code KrJudgementCorpusTest}):
   * on the 6,834-row corpus, task recall 0.961 with false alarms 0.027 (0.956 and 0.024 at 0.30 and
   * 0.55; 0.966 and 0.029 at 0.30 and 0.45; 0.960 and 0.025 at 0.40 and 0.50, which leaves "Ship 2
   * campaigns" unflagged). A higher bar for a change from a stated baseline to a
   * stated target ("Cut vendors from 7 to 2") cost recall and spared no false alarm with this model,
   * so there is none.
   */
  static boolean decide(KeyResultStatement st, Optional<Verdict> rules, TaskLikeModel.Weighing weighing) {
    if (rules.isPresent()) {
      return st.kind() == StatementKind.TASK || weighing.probability() >= AGREEING;
    }
    return st.kind() != StatementKind.VAGUE && weighing.probability() >= ALONE;
  }

  /**
   * The verdict on a statement: the trained model's ({@link TaskLikeModel}) decides whether it is a
   * task; where the rules below agree, their reading of which words say so stands, and where the
   * model alone decides, the words it weighed most are named. A vague statement with no number is
   * left to kr-vague-verb.
   */
  static Optional<Verdict> judged(KeyResultStatement st, Optional<Verdict> rules) {
    if (rules.isPresent() && rules.get().confidence < LOW_CONFIDENCE) {
      return rules; // a rollout to a share of users: reported gently, below the default confidence
    }
    List<String> features = TaskLikeFeatures.of(st.text(), st);
    TaskLikeModel.Weighing w = TaskLikeModel.shipped().weigh(features);
    if (!decide(st, rules, w)) {
      return Optional.empty();
    }
    if (rules.isPresent()) {
      return rules;
    }
    Optional<TextSpan> span = Optional.empty();
    String why = "reads as a task";
    List<String> deciding = TaskLikeModel.shipped().deciding(features, true);
    if (!deciding.isEmpty()) {
      why += " (" + String.join(", ", deciding.stream().map(d -> "\"" + d + "\"").toList()) + ")";
      int at = Wording.indexOfWords(Wording.lower(st.text()), deciding.get(0));
      if (at >= 0) {
        span = Optional.of(TextSpan.of(at, at + deciding.get(0).length()));
      }
    }
    return Optional.of(new Verdict(Math.round(w.probability() * 100) / 100.0, span, why));
  }

  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    Optional<Verdict> verdict = verdict(keyResult);
    if (verdict.isEmpty()) {
      return;
    }
    Verdict v = verdict.get();
    String text = keyResult.text();
    // the words that decided it: the rules' span, where the model's words are not already named
    String words = v.why.contains("\"") || v.span.isEmpty() || v.span.get().end() > text.length() ? ""
        : " (\"" + text.substring(v.span.get().start(), v.span.get().end()) + "\")";
    var draft = out.report(keyResult, "Key result " + Wording.quote(keyResult) + " " + v.why + words + ", not an outcome")
        .confidence(v.confidence)
        .suggestion(suggestion(keyResult));
    v.span.ifPresent(draft::span);
  }

  /**
   * The rewrite offered: an outcome the work should bring about, with the statement kept as the
   * initiative that moves it.
   */
  static String suggestion(KeyResultScope keyResult) {
    KeyResultStatement st = keyResult.statement();
    String object = st.verb().isPresent() && st.metric().isPresent() ? st.metric().get().text().strip() : "";
    String example = usable(object)
        ? "'Increase the share of users who use " + withArticle(object) + " weekly from <baseline>% to <target>%'"
        : "'Increase <metric> from <baseline> to <target> by <date>'";
    return "Rewrite as the outcome this work should bring about, e.g. " + example
        + ", and make " + Wording.quote(keyResult) + " an initiative that moves it";
  }

  /** Words that say an object is people, a frequency or a measure, not something users use. */
  private static final Set<String> NOT_USABLE = Set.of(
      "engineers", "engineer", "hires", "hire", "candidates", "people", "staff", "employees", "managers", "team",
      "teams", "users", "customers", "members", "partners", "interns", "designers", "developers", "recruiters",
      "weekly", "daily", "monthly", "quarterly", "yearly", "annually", "rate", "rates", "time", "times", "volume",
      "score", "ratio", "cost", "costs", "revenue", "tickets", "posts", "interviews", "talks", "webinars",
      "meetings", "hours", "days", "weeks", "months");

  /**
   * Whether an object reads as a thing people use (a page, a feature, a portal), so that "the share
   * of users who use it weekly" is good English: a short phrase with no number and none of {@link
   * #NOT_USABLE}.
   */
  static boolean usable(String object) {
    if (object.isEmpty() || object.length() > 40 || object.strip().split("\\s+").length > 5) {
      return false;
    }
    for (String word : Wording.lower(object).split("[^\\p{L}\\p{N}'-]+")) {
      if (NOT_USABLE.contains(word) || word.chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  private static String withArticle(String object) {
    String lower = Wording.lower(object);
    for (String article : new String[] {"the ", "a ", "an ", "our ", "your ", "their "}) {
      if (lower.startsWith(article)) {
        return object;
      }
    }
    return "the " + object;
  }

  /** Work items a team closes or resolves: counting them counts effort. */
  static final Set<String> WORK_ITEMS = Set.of("tickets", "bugs", "issues", "pull requests", "tasks", "stories", "jira tickets");

  static final Wording.Phrases WORK_ITEM_PHRASES = new Wording.Phrases(WORK_ITEMS);

  /** The verdict on a statement ({@code lower}: its text in lower case) read with {@code words}, or empty when it reads as an outcome. */
  static Optional<Verdict> verdict(
      KeyResultStatement st, String lower, dev.okr.core.statement.Vocabulary words) {
    String text = st.text();
    Optional<TextSpan> verb = st.verb().map(Wording::span);
    boolean outputVerb = st.verb().map(v -> Wording.verbIn(v.text(), words.outputVerbs())).orElse(false);
    if (Wording.hasPlaceholder(text) && !KrVagueVerb.hasNumber(st)) {
      // a template: "Reduce churn from [X]% to [Y]%" has numbers to come
      return outputVerb ? Optional.of(new Verdict(0.85, verb, "counts outputs of the team's work")) : Optional.empty();
    }
    switch (st.kind()) {
      case TASK:
        return Optional.of(new Verdict(0.9, verb, "names something to do"));
      case KPI:
        return Optional.of(new Verdict(0.8, verb, "watches a metric, an activity with no target"));
      case OUTPUT:
        return output(st, lower, verb, outputVerb);
      case OUTCOME:
        return outcome(st, lower, words);
      case VAGUE:
        Optional<TextSpan> watching = WATCHING_PHRASES.findIn(lower);
        return watching.map(s -> new Verdict(0.8, Optional.of(s), "watches a metric, an activity with no target"));
      case UNCLEAR:
      default:
        return unclear(st, lower);
    }
  }

  private static Optional<Verdict> output(KeyResultStatement st, String lower, Optional<TextSpan> verb, boolean outputVerb) {
    if (outputVerb && st.baseline().isPresent() && st.target().isPresent()) {
      return Optional.of(new Verdict(0.45, verb, "moves a rate of the team's own work"));
    }
    Optional<String> population = populationAfterTarget(st, lower);
    if (population.isPresent()) {
      if (!outputVerb) {
        return Optional.empty(); // "90% of new hires rate onboarding 4 or higher": a share of people
      }
      if (POPULATIONS.contains(population.get())) {
        return Optional.of(new Verdict(0.4, verb, "is a rollout: its number is how far the work reached"));
      }
      return Optional.of(new Verdict(0.8, verb, "measures how much of the team's own work is done"));
    }
    if (!outputVerb) {
      return Optional.of(new Verdict(0.85, Optional.empty(), "counts outputs"));
    }
    return Optional.of(new Verdict(0.9, verb, "counts outputs of the team's work"));
  }

  private static Optional<Verdict> outcome(KeyResultStatement st, String lower, dev.okr.core.statement.Vocabulary words) {
    Optional<TextSpan> own = OUTPUT_METRIC_PHRASES.findIn(lower);
    if (own.isPresent()) {
      return Optional.of(new Verdict(0.75, own, "measures the team's own work"));
    }
    boolean closing = st.verb().map(v -> Wording.verbIn(v.text(), Set.of("close", "fix", "resolve", "burn down"))).orElse(false);
    if (closing && st.direction().isPresent() && st.target().map(t -> t.unit().isEmpty()).orElse(false)) {
      Optional<TextSpan> items = WORK_ITEM_PHRASES.findIn(lower);
      if (items.isPresent()) {
        return Optional.of(new Verdict(0.8, st.verb().map(Wording::span), "counts work items the team closes"));
      }
    }
    if (st.target().isEmpty() && st.baseline().isEmpty() && st.relativeChange().isEmpty()) {
      return unclear(st, lower); // its only number is a date: "Onboarding flow revamp - done by 30 Sep"
    }
    return Optional.empty();
  }

  private static Optional<Verdict> unclear(KeyResultStatement st, String lower) {
    if (st.target().isPresent() || st.baseline().isPresent() || st.relativeChange().isPresent()) {
      return Optional.empty();
    }
    if (KrVagueVerb.vagueWord(lower, Set.of()).isPresent()) {
      return Optional.empty(); // "Better retention for SMB customers": a vague outcome, not a task
    }
    Optional<TextSpan> deliverable = DELIVERABLE_PHRASES.findIn(lower);
    if (deliverable.isPresent()) {
      return Optional.of(new Verdict(0.85, deliverable, "names a deliverable"));
    }
    return Optional.of(new Verdict(0.6, Optional.empty(), "names something to do"));
  }

  /** The noun after "N% of [the|all] ..." following the target, lower case, when the target is a share. */
  static Optional<String> populationAfterTarget(KeyResultStatement st, String lower) {
    if (st.target().isEmpty()) {
      return Optional.empty();
    }
    Quantity target = st.target().get();
    if (!target.unit().map("%"::equals).orElse(false)) {
      return Optional.empty();
    }
    int at = target.end();
    if (!lower.startsWith(" of ", at)) {
      return Optional.empty();
    }
    int i = at + 4;
    String last = "";
    for (int words = 0; words < 4 && i < lower.length(); words++) {
      int end = i;
      while (end < lower.length() && (Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '-')) {
        end++;
      }
      if (end == i) {
        break;
      }
      String word = lower.substring(i, end);
      last = word;
      if (POPULATIONS.contains(word)) {
        return Optional.of(word);
      }
      i = end + 1;
    }
    return Optional.of(last);
  }
}
