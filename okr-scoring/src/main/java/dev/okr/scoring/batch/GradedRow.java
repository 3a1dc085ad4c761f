package dev.okr.scoring.batch;

import dev.okr.scoring.Colour;
import dev.okr.scoring.Verdict;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A row graded: the input row, its score, attainment and contribution (absent when unscored), and
 * its grade for the objective's kind.
 */
public final class GradedRow {
  private final KeyResultRow row;
  private final String objectiveId;
  private final double score;
  private final double attainment;
  private final double contribution;
  private final @Nullable Verdict verdict;
  private final @Nullable Colour colour;
  // the output texts, formatted on first use; racy but safe, as Strings are immutable
  private @Nullable String scoreText;
  private @Nullable String attainmentText;
  // the row's output line, when a CSV sink rendered it on the grading thread
  @Nullable String rendered;

  GradedRow(KeyResultRow row, String objectiveId, double score, double attainment, double contribution,
      @Nullable Verdict verdict, @Nullable Colour colour) {
    this.row = Objects.requireNonNull(row, "row");
    this.objectiveId = objectiveId;
    this.score = score;
    this.attainment = attainment;
    this.contribution = contribution;
    this.verdict = verdict;
    this.colour = colour;
  }

  /** The input row. */
  public KeyResultRow row() {
    return row;
  }

  /** The objective the row belongs to. */
  public String objectiveId() {
    return objectiveId;
  }

  /** Whether the row has a score; false when it has no current value and the policy leaves it unscored. */
  public boolean isScored() {
    return !Double.isNaN(score);
  }

  /** The score in [0, 1]. */
  public OptionalDouble score() {
    return isScored() ? OptionalDouble.of(score) : OptionalDouble.empty();
  }

  /** The raw attainment. */
  public OptionalDouble attainment() {
    return isScored() ? OptionalDouble.of(attainment) : OptionalDouble.empty();
  }

  /** What the objective's rollup saw. */
  public OptionalDouble contribution() {
    return isScored() ? OptionalDouble.of(contribution) : OptionalDouble.empty();
  }

  /** The verdict for the objective's kind ({@code unlabelled} without one). */
  public Optional<Verdict> verdict() {
    return Optional.ofNullable(verdict);
  }

  /** The colour band. */
  public Optional<Colour> colour() {
    return Optional.ofNullable(colour);
  }

  /** The {@code score} output field: the score, or {@code ""} when unscored. */
  public String scoreText() {
    String text = scoreText;
    if (text == null) {
      text = !isScored() ? "" : score == attainment ? attainmentText() : format(score);
      scoreText = text;
    }
    return text;
  }

  /** The {@code attainment} output field. */
  public String attainmentText() {
    String text = attainmentText;
    if (text == null) {
      text = isScored() ? format(attainment) : "";
      attainmentText = text;
    }
    return text;
  }

  /** Java's shortest round-trip form, with the most frequent values of a clamped score ready-made. */
  private static String format(double value) {
    if (value == 0.0 && Double.doubleToRawLongBits(value) == 0) {
      return "0.0";
    }
    return value == 1.0 ? "1.0" : Double.toString(value);
  }

  /** Formats the output fields now, so that a worker thread does it rather than the writer. */
  void format() {
    scoreText();
    attainmentText();
  }

  /** The {@code grade} output field: the verdict's id, or {@code unscored}. */
  public String gradeText() {
    return verdict == null ? "unscored" : verdict.id();
  }

  /** The {@code colour} output field, or {@code ""} when unscored. */
  public String colourText() {
    return colour == null ? "" : colour.id();
  }

  @Override
  public String toString() {
    return row + " -> " + scoreText() + "," + attainmentText() + "," + gradeText() + "," + colourText();
  }
}
