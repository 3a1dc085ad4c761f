package dev.okr.core.statement;

import dev.okr.core.Measurement;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A key-result sentence read into its parts: "Increase Day-7 activation rate from 22% to 35%
 * by end of Q2" has the verb "Increase", the direction {@link Direction#INCREASE}, the metric
 * "Day-7 activation rate", the baseline 22%, the target 35% and the deadline "by end of Q2".
 *
 * <p>Every part found carries its place in {@link #text()}, so that a finding can point at it. What
 * the statement leaves out is in {@link #missing()}; whether its numbers measure an outcome or only
 * count outputs is {@link #kind()}. {@link #measurement()} is the {@link Measurement} the parts
 * describe, if they describe one.
 *
 * <p>Only measurements are numbers here: years and quarters ("2026", "FY24", "2026-Q3"), dates
 * ("March 15", "31/12", "2026-03-01"), versions ("v2", "2.0", "Rails 6", "iOS 18"), issue numbers
 * ("#1234", "RFC 12", "JIRA-1234"), names that hold digits ("3D viewer", "P1 incidents", "24/7"),
 * the length of a plan ("12-month roadmap", "90-day plan"), clock times ("9:30") and a score or
 * status reported after the statement ("(0.7)", "--> 66%") are never a baseline, target or stretch.
 *
 * <p>Reading never fails: any text, however odd, gives a statement, at worst an {@link
 * StatementKind#UNCLEAR} one with everything missing. A statement that is not in English is {@link
 * StatementKind#UNREADABLE}: the reader reads English key results, and reads nothing from it rather
 * than something wrong. Statements are immutable and thread-safe.
 */
@Value.Immutable
public interface KeyResultStatement {

  /**
   * Reads a statement with the {@linkplain Vocabulary#defaults() default vocabulary}.
   *
   * @param text the statement as written; any string
   */
  static KeyResultStatement parse(String text) {
    return StatementParser.standard().parse(text);
  }

  /** The statement as written. */
  String text();

  /** The leading verb, when the vocabulary knows it ("Increase", "Lowering", "Roll out"). */
  Optional<Phrase> verb();

  /**
   * Which way the metric should go; absent for a KPI or an unclear statement. When the statement
   * states a baseline and a target it can compare, they decide, whatever the verb says: "Increase
   * churn from 5% to 3%" is a {@link Direction#DECREASE}; {@link #verbDirection()} keeps the verb's.
   */
  Optional<Direction> direction();

  /**
   * The way the leading verb points, when it names one: {@link Direction#INCREASE} ("Increase",
   * "Grow", "Improve", "Double"), {@link Direction#DECREASE} ("Reduce", "Cut", "Halve") or {@link
   * Direction#MAINTAIN} ("Keep", "Maintain"), by the vocabulary's verb classes; empty for other verbs
   * ("Achieve", "Launch", "Track") and when there is none. It may contradict the numbers, which
   * {@link #direction()} follows: "Increase conversion from 2% to 1%" has the verb direction
   * INCREASE and the direction DECREASE. "Improve" is listed as an increase; whether a lower value
   * is the better one ("Improve latency from 400 to 200 ms") is for the caller to weigh ({@link
   * Vocabulary#lowerIsBetterWords()}).
   */
  Optional<Direction> verbDirection();

  /**
   * The phrase naming what is measured ("churn rate", "Net Promoter Score (NPS)"): the words
   * between the verb and the first number in a role, or, when there are none, the words after that
   * number ("60% of [content creators use the assistant weekly]"). For a statement without numbers
   * it is the object of the verb ("onboarding redesign"); with no known verb, the words from the
   * start. Leading articles and trailing punctuation are left out.
   */
  Optional<Phrase> metric();

  /** The value at the start ("from 5%", "up from 32", "(up from 97.2%)"). */
  Optional<Quantity> baseline();

  /**
   * The value to reach or the level to hold ("to 3%", "of 25%", "60%+", "zero"); or, when the
   * statement states no such level, the change to make relative to the start: "by 25%", "up 30%",
   * "Double", "3x", "halved" ({@linkplain Quantity#relative() relative}: "Reduce churn by 25%" has
   * the target -25 {@code %}, "Triple the number of resellers" the target 3 {@code x}). A statement
   * with a relative change has a target.
   */
  Optional<Quantity> target();

  /**
   * The target written as a placeholder its author left to fill in ("to Y%", "$N", "[N]x", "from X to
   * Y", "Hire N engineers", "[target]"): a target is stated, but there is no value yet, so {@link
   * #target()} and {@link #measurement()} are empty and the statement cannot be scored until it is
   * filled in.
   */
  Optional<Phrase> targetPlaceholder();

  /** The baseline written as a placeholder to fill in ("from X%", "$X -> $N"); see {@link #targetPlaceholder()}. */
  Optional<Phrase> baselinePlaceholder();

  /** A value beyond the target ("stretch: 70%"). */
  Optional<Quantity> stretch();

  /**
   * The unit of the statement's numbers: the target's, else the baseline's. A relative target's
   * unit ({@code %} of the start, {@code x}) is not the metric's, and is not used.
   */
  Optional<String> unit();

  /**
   * A change relative to the starting level ("by 25%", "25% quarter-over-quarter", "Double"),
   * normalised: a multiple is a percentage change ("Triple" is +200, "Cut costs 2x" -50), with the
   * period it repeats over. When no level to reach is written, {@link #target()} is this change as
   * written.
   */
  Optional<RelativeChange> relativeChange();

  /** The date or period to reach it by ("by end of Q3", "within 60 days of launch"). */
  Optional<Phrase> deadline();

  /** What the statement does not state; empty for an {@link StatementKind#UNREADABLE} one. */
  Set<Missing> missing();

  /** Whether the statement measures an outcome, counts outputs, or is a task, KPI or vague wish. */
  StatementKind kind();

  /**
   * The measurement the statement describes, built from its direction and numbers:
   *
   * <ul>
   *   <li>an increase or decrease keeps its baseline, target and stretch (a stretch on the wrong side
   *       of the target is left out); a baseline in other time units is converted to the target's;
   *   <li>a relative change of p% with no baseline is put on an index where the start is 100: "Reduce
   *       support ticket volume by 25%" is a decrease from 100 to 75, unit {@code % of baseline};
   *   <li>a level to reach with no baseline ({@link Direction#ACHIEVE}) is an increase with only a
   *       target, or a decrease when the metric is one that falls as things improve ("churn",
   *       "latency": {@link Vocabulary#lowerIsBetterWords()});
   *   <li>{@link Direction#MAINTAIN} is {@code AT_LEAST}, or {@code AT_MOST} for such metrics and for
   *       zero;
   *   <li>{@link Direction#REACH_ZERO} with a baseline is a decrease to 0; without one it is {@code
   *       BINARY}: zero is reached or not;
   *   <li>a {@link StatementKind#TASK} is {@code BINARY}: done or not;
   *   <li>any other statement without a number has none: a vague, KPI or unclear one, or a template
   *       whose numbers are placeholders ("from [baseline]% to [target]%").
   * </ul>
   */
  Optional<Measurement> measurement();
}
