package dev.okr.testkit;

import static java.util.Objects.requireNonNull;

import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for every type of the OKR model, valid by construction, for property
 * tests of okr and of code built on it:
 *
 * <pre>{@code
 * qt().forAll(OkrGen.okrSets()).checkAssert(set ->
 *     assertThat(set).findsEveryElementById().hasAcyclicAlignmentGraph());
 * }</pre>
 *
 * <p>Values are drawn from the randomness source QuickTheories passes in, so every generator
 * shrinks: a failing example is reduced to fewer objectives, fewer key results and simpler
 * numbers. Texts mix languages and scripts (accents, CJK, right-to-left, emoji beyond the BMP) and
 * tokens that YAML and JSON writers must quote; numbers are mostly realistic and sometimes extreme
 * but finite (within ±1e300, so a few of them add up to a finite number). Dates lie in the years
 * 0000 to 9999, mostly 2015 to 2035.
 *
 * <p>{@link #broken()} makes the opposite: a valid document and one field of it to break, with the
 * path, value and rule validation must report.
 */
public final class OkrGen {
  private OkrGen() {}

  /** Non-blank text of one to six words in many scripts, some that serializers must quote. */
  public static Gen<String> texts() {
    return Texts::text;
  }

  /**
   * Text that validation calls blank: empty, white space, and the invisible characters {@link
   * String#isBlank()} misses (no-break spaces, zero-width space, byte order mark).
   */
  public static Gen<String> blankTexts() {
    return in -> Texts.blank(in);
  }

  /** Ids such as {@code growth-3}: mostly ASCII slugs, some in other scripts. */
  public static Gen<String> ids() {
    return in -> Texts.idStem(in) + "-" + Draw.between(in, 1, 9999);
  }

  /** Teams and people, named in many languages. */
  public static Gen<Owner> owners() {
    return Models::owner;
  }

  /** Quarters, years and custom ranges, in the proportions 5 : 2 : 3. */
  public static Gen<Cycle> cycles() {
    return Models::cycle;
  }

  /** Quarters of the years 0000 to 9999, mostly 2015 to 2035. */
  public static Gen<Cycle> quarters() {
    return Models::quarter;
  }

  /** Calendar years 0000 to 9999, mostly 2015 to 2035. */
  public static Gen<Cycle> years() {
    return Models::yearCycle;
  }

  /** Custom ranges of 1 to 400 days, one-day ranges included. */
  public static Gen<Cycle> customCycles() {
    return Models::custom;
  }

  /** Days of the years 0000 to 9999, mostly 2015 to 2035. */
  public static Gen<LocalDate> dates() {
    return Models::date;
  }

  /** Days within the cycle, its ends included. */
  public static Gen<LocalDate> datesIn(Cycle cycle) {
    requireNonNull(cycle, "cycle");
    return in -> Models.dayIn(in, cycle);
  }

  /**
   * Instants from the years 1000 to 9999, a fifth of them within 26 hours of the start of a quarter
   * in UTC, where zones east and west of UTC disagree about the quarter.
   */
  public static Gen<Instant> instants() {
    long from = LocalDate.of(1000, 1, 2).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long to = LocalDate.of(9999, 12, 30).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    return in -> {
      if (Draw.chance(in, 20)) {
        LocalDate quarterStart = Models.quarter(in).start();
        if (quarterStart.getYear() < 1000) {
          quarterStart = quarterStart.withYear(1000 + quarterStart.getYear());
        }
        long boundary = quarterStart.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        return Instant.ofEpochSecond(boundary + Draw.between(in, -26 * 3600, 26 * 3600));
      }
      return Instant.ofEpochSecond(Draw.between(in, from, to));
    };
  }

  /** Every zone id the JDK knows ({@link ZoneId#getAvailableZoneIds()}), in sorted order. */
  public static Gen<ZoneId> zones() {
    List<ZoneId> zones = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
    return in -> Draw.pick(in, zones);
  }

  /** Alignments to an objective or a key result, naming parents that need not exist. */
  public static Gen<Alignment> alignments() {
    return Models::alignment;
  }

  /** Milestones of weight 1 mostly, otherwise of a realistic or extreme positive weight. */
  public static Gen<Milestone> milestones() {
    return in -> Models.milestones(in).get(0);
  }

  /** Numbers a metric may stand at: mostly realistic, sometimes extreme but finite (within ±1e300). */
  public static Gen<Double> levels() {
    return Numbers::level;
  }

  /** Measurements of every type, in equal shares. */
  public static Gen<Measurement> measurements() {
    return in -> Models.measurement(in, Models.type(in), false);
  }

  /**
   * Measurements of one type. Numeric types have a consistent baseline, target and stretch (an
   * increase goes up, a decrease down, a stretch lies beyond the target), each possibly missing as
   * in a draft; milestone types have one to six milestones with distinct names.
   */
  public static Gen<Measurement> measurements(MeasurementType type) {
    requireNonNull(type, "type");
    return in -> Models.measurement(in, type, false);
  }

  /** Check-ins of every kind, dated anywhere, with or without confidence and note. */
  public static Gen<CheckIn> checkIns() {
    return Models::checkIn;
  }

  /**
   * Lists of zero to twelve check-ins in date order that a key result with this measurement takes:
   * values near its numbers, an achieved flag that once set stays set, or a growing set of its
   * milestones. Dated within the cycle, a tenth of them within the grace either side of it.
   */
  public static Gen<List<CheckIn>> checkIns(Measurement measurement, Cycle cycle) {
    requireNonNull(measurement, "measurement");
    requireNonNull(cycle, "cycle");
    return in -> Models.checkIns(in, measurement, cycle, 0);
  }

  /**
   * Key results, most measured, with check-ins in a cycle of their own (or none); some with a
   * priority, a report, a source position or an origin.
   */
  public static Gen<KeyResult> keyResults() {
    return in -> Models.keyResult(in, new Ids(), Draw.chance(in, 70) ? Models.cycle(in) : null);
  }

  /** Key results with check-ins dated within the cycle (or its grace). */
  public static Gen<KeyResult> keyResults(Cycle cycle) {
    requireNonNull(cycle, "cycle");
    return in -> Models.keyResult(in, new Ids(), cycle);
  }

  /** Initiatives linking up to three made-up key result ids. */
  public static Gen<Initiative> initiatives() {
    return in -> {
      List<String> ids = IntStream.rangeClosed(1, Draw.between(in, 0, 4)).mapToObj(i -> "kr-" + i).toList();
      return Models.initiative(in, new Ids().next(in), ids);
    };
  }

  /** Initiatives linking up to three of these key result ids, without repeats. */
  public static Gen<Initiative> initiatives(List<String> keyResultIds) {
    List<String> ids = List.copyOf(keyResultIds);
    return in -> Models.initiative(in, new Ids(ids).next(in), ids);
  }

  /**
   * Objectives on their own: up to six key results with check-ins in the objective's cycle,
   * initiatives linked to those key results, and an alignment to a parent outside the objective;
   * some with priorities, reports, source positions and origins, as in {@link #okrSets()}.
   */
  public static Gen<Objective> objectives() {
    return Models::objective;
  }

  /**
   * Whole documents: one to ten objectives of the company and of one to four teams, over a year
   * and one to three quarters or custom ranges. Most team objectives are aligned to an earlier
   * objective or cascaded from an earlier key result (acyclic by construction; parents come before
   * children, as documents list them), initiatives link key results of the document, and ids are
   * unique across the document. Some objectives and key results carry a priority and a report of
   * their score or status; some elements carry a source position, and some an origin (where they
   * were first written, often in another file), as documents converted from an outline do.
   */
  public static Gen<OkrSet> okrSets() {
    return Models::okrSet;
  }

  /**
   * Source positions of lines 1 to 100,000 and columns 1 to 500, half of them naming a file (file
   * names with spaces, backslashes and other scripts among them).
   */
  public static Gen<SourcePosition> sourcePositions() {
    return Models::sourcePosition;
  }

  /** Priority tags: {@code P0}, {@code high}, {@code must}, …, and sometimes any text. */
  public static Gen<String> priorities() {
    return Models::priority;
  }

  /**
   * Reported scores and statuses: half of them read from what authors write ({@code "(7/10)"},
   * {@code "=> Done"}, …), half any text with a score in [0, 1] (its ends included), a lower-case
   * status, or both.
   */
  public static Gen<Reported> reports() {
    return Models::reported;
  }

  /** Documents with one field broken, every {@link Violation} in equal shares. */
  public static Gen<BrokenOkrSet> broken() {
    List<Violation> violations = List.of(Violation.values());
    return in -> Breakages.draw(in, Draw.pick(in, violations));
  }

  /** Documents with one field broken against this rule, at any of the places it applies. */
  public static Gen<BrokenOkrSet> broken(Violation violation) {
    requireNonNull(violation, "violation");
    return in -> Breakages.draw(in, violation);
  }
}
