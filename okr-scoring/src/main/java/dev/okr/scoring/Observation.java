package dev.okr.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ScoringStrategy} reads of a key result: its type, baseline, target, stretch and
 * milestones, the date scored at, the reading that counts then, and the dated check-ins.
 *
 * <p>Every score starts from one: {@link Scorer} makes it from a {@link KeyResult} at a date
 * (choosing the reading under the policy's check-in selection); the batch grader makes it from one
 * row, whose single reading is undated and which has no check-in history (a row given check-ins
 * from a {@code CheckInHistory} is read as a key result and goes the first way). The numbers are as
 * given: checking that they suit a formula (a target above the baseline of an increase, say) is
 * the strategy's part, since the strategy knows what its formula needs. Immutable.
 */
public final class Observation {
  private final String keyResultId;
  private final MeasurementType type;
  private final double baseline;
  private final double target;
  private final double stretch;
  private final ImmutableList<Milestone> milestones;
  private final @Nullable LocalDate date;
  // the reading that counts, held as its parts so that a batch row allocates no Reading
  private final boolean hasReading;
  private final @Nullable LocalDate readingDate;
  private final double readingValue;
  private final byte readingAchieved;
  private final ImmutableSet<String> readingDone;
  private final ImmutableList<CheckIn> checkIns;

  private Observation(Builder b) {
    this.keyResultId = Objects.requireNonNull(b.keyResultId, "keyResultId");
    this.type = Objects.requireNonNull(b.type, "type");
    this.baseline = b.baseline;
    this.target = b.target;
    this.stretch = b.stretch;
    this.milestones = b.milestones;
    this.date = b.date;
    this.hasReading = b.hasReading;
    this.readingDate = b.readingDate;
    this.readingValue = b.readingValue;
    this.readingAchieved = b.readingAchieved;
    this.readingDone = b.readingDone;
    this.checkIns = b.checkIns;
  }

  /**
   * What {@code keyResult} shows at {@code date}: the reading is the check-in that counts under
   * the policy's {@link ScoringPolicy.CheckInSelection} (of several on one day, the last given).
   *
   * @throws ScoringException when the key result has no measurement
   */
  static Observation of(KeyResult keyResult, LocalDate date, ScoringPolicy policy) {
    var measurement = keyResult.measurement().orElseThrow(() -> new ScoringException(
        "measurement", null, "key result " + keyResult.id() + " has no measurement; the statement alone cannot be scored"));
    LocalDate upTo = policy.checkInSelection() == ScoringPolicy.CheckInSelection.LATEST_ON_OR_BEFORE ? date : LocalDate.MAX;
    Builder b = builder(keyResult.id(), measurement.type())
        .date(date)
        .milestones(measurement.milestones())
        .checkIns(keyResult.checkIns());
    measurement.baseline().ifPresent(b::baseline);
    measurement.target().ifPresent(b::target);
    measurement.stretch().ifPresent(b::stretch);
    keyResult.latestCheckIn(upTo).ifPresent(c -> b.current(Reading.of(c)));
    return b.build();
  }

  /** A new builder for an observation of the key result with this id and type. */
  public static Builder builder(String keyResultId, MeasurementType type) {
    return new Builder(keyResultId, type);
  }

  /** The key result's id. */
  public String keyResultId() {
    return keyResultId;
  }

  /** How the key result is measured. */
  public MeasurementType type() {
    return type;
  }

  /** The value at the start, when given. */
  public OptionalDouble baseline() {
    return Double.isNaN(baseline) ? OptionalDouble.empty() : OptionalDouble.of(baseline);
  }

  /** The value that scores 1, or the level to hold, when given. */
  public OptionalDouble target() {
    return Double.isNaN(target) ? OptionalDouble.empty() : OptionalDouble.of(target);
  }

  /** A stretch target beyond the target, when given. */
  public OptionalDouble stretch() {
    return Double.isNaN(stretch) ? OptionalDouble.empty() : OptionalDouble.of(stretch);
  }

  /** The milestones of a milestones key result, in order; empty for other types. */
  public List<Milestone> milestones() {
    return milestones;
  }

  /** The date scored at; empty for a batch row, which is graded as final and carries no dates. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The reading that counts, or empty when there is none (no check-in yet). */
  public Optional<Reading> current() {
    return hasReading
        ? Optional.of(new Reading(readingDate, readingValue, readingAchieved, readingDone))
        : Optional.empty();
  }

  /** Every dated check-in of the key result, in the order given; empty for a batch row. */
  public List<CheckIn> checkIns() {
    return checkIns;
  }

  // for the built-in strategies and the pipeline, which run once per batch row: no Optional to allocate

  boolean hasReading() {
    return hasReading;
  }

  /** The number read, or a {@link ScoringException} naming what the strategy needs. */
  double readingNumber(String strategy) {
    if (Double.isNaN(readingValue)) {
      throw Reading.noNumber(strategy);
    }
    return readingValue;
  }

  /** Whether achieved, or a {@link ScoringException} naming what the strategy needs. */
  boolean readingAchieved(String strategy) {
    if (readingAchieved == Reading.NOT_SAID) {
      throw Reading.noAchieved(strategy);
    }
    return readingAchieved == 1;
  }

  Set<String> readingDone() {
    return readingDone;
  }

  boolean hasStretch() {
    return !Double.isNaN(stretch);
  }

  /** The baseline, target or stretch the strategy needs, NaN when absent, or a {@link ScoringException} naming it. */
  static double require(double number, String field, String strategy) {
    if (Double.isNaN(number)) {
      throw new ScoringException("measurement." + field, null, "the " + strategy + " strategy needs a " + field);
    }
    return number;
  }

  double baselineOrNaN() {
    return baseline;
  }

  double targetOrNaN() {
    return target;
  }

  double stretchOrNaN() {
    return stretch;
  }

  /**
   * A number the strategy needs, or a {@link ScoringException} naming the field.
   *
   * @param number one of {@link #baseline()}, {@link #target()}, {@link #stretch()}
   * @param field its name, e.g. {@code baseline}
   * @param strategy the strategy's name, for the message
   */
  public static double require(OptionalDouble number, String field, String strategy) {
    if (number.isEmpty()) {
      throw new ScoringException("measurement." + field, null, "the " + strategy + " strategy needs a " + field);
    }
    return number.getAsDouble();
  }

  @Override
  public String toString() {
    return keyResultId + " (" + type.id() + ", baseline " + baseline() + ", target " + target() + ", stretch " + stretch()
        + ", at " + date + ", current " + current().map(Reading::toString).orElse("none") + ", " + checkIns.size() + " check-ins)";
  }

  /**
   * A reading of a key result: a number, achieved or not, or the milestones done; with its date
   * when known (a batch row's reading has none). Immutable.
   */
  public static final class Reading {
    private static final byte NOT_SAID = -1;
    private final @Nullable LocalDate date;
    private final double value;
    private final byte achieved;
    private final ImmutableSet<String> milestonesDone;

    private Reading(@Nullable LocalDate date, double value, byte achieved, ImmutableSet<String> milestonesDone) {
      this.date = date;
      this.value = value;
      this.achieved = achieved;
      this.milestonesDone = milestonesDone;
    }

    /** A check-in as a reading. */
    public static Reading of(CheckIn checkIn) {
      return new Reading(checkIn.date(), checkIn.value().orElse(Double.NaN),
          checkIn.achieved().map(a -> a ? (byte) 1 : (byte) 0).orElse(NOT_SAID),
          checkIn.milestonesDone().orElse(ImmutableSet.of()));
    }

    /**
     * An undated number.
     *
     * @throws IllegalArgumentException when not finite
     */
    public static Reading value(double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a reading must be a finite number (was " + value + ")");
      }
      return new Reading(null, value, NOT_SAID, ImmutableSet.of());
    }

    /** An undated yes or no. */
    public static Reading achieved(boolean achieved) {
      return new Reading(null, Double.NaN, achieved ? (byte) 1 : (byte) 0, ImmutableSet.of());
    }

    /** The undated names of the milestones done. */
    public static Reading milestonesDone(Set<String> done) {
      return new Reading(null, Double.NaN, NOT_SAID, ImmutableSet.copyOf(done));
    }

    /** The check-in's date, when known. */
    public Optional<LocalDate> date() {
      return Optional.ofNullable(date);
    }

    /** The number read, for numeric types. */
    public OptionalDouble value() {
      return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Whether achieved, for a binary key result. */
    public Optional<Boolean> achieved() {
      return achieved == NOT_SAID ? Optional.empty() : Optional.of(achieved == 1);
    }

    /** The names of the milestones done, for a milestones key result; empty otherwise. */
    public Set<String> milestonesDone() {
      return milestonesDone;
    }

    /**
     * The number read, or a {@link ScoringException} naming what the strategy needs.
     *
     * @param strategy the strategy's name, for the message
     */
    public double number(String strategy) {
      if (Double.isNaN(value)) {
        throw noNumber(strategy);
      }
      return value;
    }

    static ScoringException noNumber(String strategy) {
      return new ScoringException("checkIns.value", null, "the " + strategy + " strategy needs a number");
    }

    static ScoringException noAchieved(String strategy) {
      return new ScoringException("checkIns.achieved", null, "the " + strategy + " strategy needs achieved or not");
    }

    /**
     * Whether achieved, or a {@link ScoringException} naming what the strategy needs.
     *
     * @param strategy the strategy's name, for the message
     */
    public boolean isAchieved(String strategy) {
      if (achieved == NOT_SAID) {
        throw noAchieved(strategy);
      }
      return achieved == 1;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Reading r && Objects.equals(r.date, date) && Double.compare(r.value, value) == 0
          && r.achieved == achieved && r.milestonesDone.equals(milestonesDone);
    }

    @Override
    public int hashCode() {
      return Objects.hash(date, value, achieved, milestonesDone);
    }

    @Override
    public String toString() {
      String what = !Double.isNaN(value) ? Double.toString(value)
          : achieved != NOT_SAID ? (achieved == 1 ? "achieved" : "not achieved")
          : "done " + milestonesDone;
      return date == null ? what : what + " on " + date;
    }
  }

  /** Builds an {@link Observation}; not thread-safe. */
  public static final class Builder {
    private final String keyResultId;
    private final MeasurementType type;
    private double baseline = Double.NaN;
    private double target = Double.NaN;
    private double stretch = Double.NaN;
    private ImmutableList<Milestone> milestones = ImmutableList.of();
    private @Nullable LocalDate date;
    private boolean hasReading;
    private @Nullable LocalDate readingDate;
    private double readingValue = Double.NaN;
    private byte readingAchieved = Reading.NOT_SAID;
    private ImmutableSet<String> readingDone = ImmutableSet.of();
    private ImmutableList<CheckIn> checkIns = ImmutableList.of();

    private Builder(String keyResultId, MeasurementType type) {
      this.keyResultId = Objects.requireNonNull(keyResultId, "keyResultId");
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * The baseline.
     *
     * @throws IllegalArgumentException when not finite
     */
    public Builder baseline(double value) {
      this.baseline = finite(value, "baseline");
      return this;
    }

    /**
     * The target, or the level to hold.
     *
     * @throws IllegalArgumentException when not finite
     */
    public Builder target(double value) {
      this.target = finite(value, "target");
      return this;
    }

    /**
     * The stretch target.
     *
     * @throws IllegalArgumentException when not finite
     */
    public Builder stretch(double value) {
      this.stretch = finite(value, "stretch");
      return this;
    }

    /** The milestones, in order. */
    public Builder milestones(List<Milestone> milestones) {
      this.milestones = ImmutableList.copyOf(milestones);
      return this;
    }

    /** The date scored at. */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /** The reading that counts. */
    public Builder current(Reading reading) {
      Objects.requireNonNull(reading, "reading");
      this.hasReading = true;
      this.readingDate = reading.date;
      this.readingValue = reading.value;
      this.readingAchieved = reading.achieved;
      this.readingDone = reading.milestonesDone;
      return this;
    }

    /** The key result's dated check-ins. */
    public Builder checkIns(List<CheckIn> checkIns) {
      this.checkIns = ImmutableList.copyOf(checkIns);
      return this;
    }

    /** The observation. */
    public Observation build() {
      return new Observation(this);
    }

    private static double finite(double value, String field) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(field + " must be a finite number (was " + value + ")");
      }
      return value;
    }
  }
}
