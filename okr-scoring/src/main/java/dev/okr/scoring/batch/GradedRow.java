package dev.okr.scoring.batch;

import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Phase;
import dev.okr.scoring.Progress;
import dev.okr.scoring.TrackStatus;
import dev.okr.scoring.Score;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A row graded: the input row, its {@link Score} (scored or unscored, with its explanation, from
 * the profile's strategy through the same pipeline as {@link dev.okr.scoring.Scorer}), and, when
 * scored, its final grade for the objective's kind.
 */
public final class GradedRow implements RowResult {
  private final KeyResultRow row;
  private final String objectiveId;
  private final Score score;
  private final @Nullable Grade grade;
  private final @Nullable Progress progress;
  // what the run's counts and the objective's rollup need, read on the grading thread so that the
  // thread feeding the sink need not load the score: the contribution, NaN when unscored
  final @Nullable ObjectiveKind kind;
  final double weight;
  final double contribution;
  // the output texts, formatted on first use; racy but safe, as Strings are immutable
  private @Nullable String scoreText;
  private @Nullable String attainmentText;
  // the row's output line, when a CSV sink rendered it on the grading thread
  @Nullable String rendered;

  GradedRow(KeyResultRow row, String objectiveId, @Nullable ObjectiveKind kind, double weight, Score score,
      @Nullable Grade grade, @Nullable Progress progress) {
    this.progress = progress;
    this.row = Objects.requireNonNull(row, "row");
    this.objectiveId = Objects.requireNonNull(objectiveId, "objectiveId");
    this.kind = kind;
    this.weight = weight;
    this.score = Objects.requireNonNull(score, "score");
    if ((score instanceof Score.Scored) != (grade != null)) {
      throw new IllegalArgumentException("a scored row has a grade, an unscored one none");
    }
    this.grade = grade;
    this.contribution = score instanceof Score.Scored s ? s.contribution() : Double.NaN;
  }

  boolean scored() {
    return !Double.isNaN(contribution);
  }

  @Override
  public KeyResultRow row() {
    return row;
  }

  /** The objective the row belongs to. */
  public String objectiveId() {
    return objectiveId;
  }

  /** The row's weight as read, the default when its {@code weight} cell is empty. */
  public double weight() {
    return weight;
  }

  /** The objective's kind as read from the row, empty when the row labels it neither committed nor aspirational. */
  public Optional<ObjectiveKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** The row's score: scored, or unscored with the reason (no current value under {@code no-check-ins=no-score}). */
  public Score score() {
    return score;
  }

  /** The final grade for the objective's kind, when scored. */
  public Optional<Grade> grade() {
    return Optional.ofNullable(grade);
  }

  /** The {@code score} output field: the score, or {@code ""} when unscored. */
  public String scoreText() {
    String text = scoreText;
    if (text == null) {
      // Double.compare, not ==: a decrease at its baseline attains -0.0 but scores 0.0
      text = score instanceof Score.Scored s
          ? Double.compare(s.value(), s.attainment()) == 0 ? attainmentText() : format(s.value())
          : "";
      scoreText = text;
    }
    return text;
  }

  /** The {@code attainment} output field, or {@code ""} when unscored. */
  public String attainmentText() {
    String text = attainmentText;
    if (text == null) {
      text = score instanceof Score.Scored s ? format(s.attainment()) : "";
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

  /**
   * The row's progress at the run's date within its cycle, as {@link dev.okr.scoring.ProgressTracker}
   * gives it: present when the run reads a check-in history and the row has check-ins and a cycle.
   */
  public Optional<Progress> progress() {
    return Optional.ofNullable(progress);
  }

  /** The {@code status} output field: the status while the cycle is in progress, else {@code ""}. */
  public String statusText() {
    return progress == null ? "" : progress.status().map(TrackStatus::id).orElse("");
  }

  /** The {@code expected} output field: the score expected by now while the cycle is in progress, else {@code ""}. */
  public String expectedText() {
    return progress == null || progress.phase() != Phase.IN_PROGRESS ? "" : format(progress.expected());
  }

  /** The {@code forecast} output field: the forecast end score, when there is one, else {@code ""}. */
  public String forecastText() {
    return progress == null ? "" : progress.forecast().map(f -> format(f.endScore())).orElse("");
  }

  /** The {@code grade} output field: the verdict's id, or {@code unscored}. */
  public String gradeText() {
    return grade == null ? "unscored" : grade.verdict().id();
  }

  /** The {@code colour} output field, or {@code ""} when unscored. */
  public String colourText() {
    return grade == null ? "" : grade.colour().id();
  }

  @Override
  public String toString() {
    return row + " -> " + scoreText() + "," + attainmentText() + "," + gradeText() + "," + colourText();
  }
}
