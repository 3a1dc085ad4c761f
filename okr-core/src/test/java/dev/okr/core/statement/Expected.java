package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The full expected reading of one statement. Every part not set is expected absent (or empty), so
 * {@link #check()} pins the whole statement; the verb defaults to the statement's first word.
 */
final class Expected {
  private static final String FIRST_WORD = "\u0000first word";

  record Number(double value, @Nullable String unit, String text, Quantity.@Nullable Bound bound, boolean relative) {}

  record Change(double amount, @Nullable String unit, String text, @Nullable String period) {}

  final String source;
  final String text;
  private @Nullable String verb = FIRST_WORD;
  private @Nullable Direction direction;
  private @Nullable String metric;
  private @Nullable Number baseline;
  private @Nullable Number target;
  private @Nullable Number stretch;
  private @Nullable String unit = FIRST_WORD;
  private @Nullable Change change;
  private @Nullable String deadline;
  private Set<Missing> missing = EnumSet.noneOf(Missing.class);
  private StatementKind kind = StatementKind.OUTCOME;
  private @Nullable Measurement measurement;

  private Expected(String source, String text) {
    this.source = source;
    this.text = text;
  }

  /** A statement from a seed (or other source) named for the test report. */
  static Expected statement(String source, String text) {
    return new Expected(source, text);
  }

  Expected verb(@Nullable String verb) {
    this.verb = verb;
    return this;
  }

  Expected noVerb() {
    return verb(null);
  }

  Expected direction(Direction direction) {
    this.direction = direction;
    return this;
  }

  Expected metric(String metric) {
    this.metric = metric;
    return this;
  }

  Expected baseline(double value, @Nullable String unit, String text) {
    this.baseline = new Number(value, unit, text, null, false);
    return this;
  }

  Expected target(double value, @Nullable String unit, String text) {
    return target(value, unit, text, null);
  }

  Expected target(double value, @Nullable String unit, String text, Quantity.@Nullable Bound bound) {
    this.target = new Number(value, unit, text, bound, false);
    return this;
  }

  /** A target relative to the start: a change ("by 25%": -25 for a decrease) or a multiple ("2x"). */
  Expected relativeTarget(double value, @Nullable String unit, String text) {
    this.target = new Number(value, unit, text, null, true);
    return this;
  }

  Expected stretch(double value, @Nullable String unit, String text) {
    this.stretch = new Number(value, unit, text, null, false);
    return this;
  }

  /** The statement's unit, when it differs from the target's (else the baseline's). */
  Expected unit(@Nullable String unit) {
    this.unit = unit;
    return this;
  }

  Expected change(double amount, @Nullable String unit, String text) {
    return change(amount, unit, text, null);
  }

  Expected change(double amount, @Nullable String unit, String text, @Nullable String period) {
    this.change = new Change(amount, unit, text, period);
    return this;
  }

  Expected deadline(String deadline) {
    this.deadline = deadline;
    return this;
  }

  Expected missing(Missing... missing) {
    this.missing = missing.length == 0 ? EnumSet.noneOf(Missing.class) : EnumSet.copyOf(Arrays.asList(missing));
    return this;
  }

  Expected kind(StatementKind kind) {
    this.kind = kind;
    return this;
  }

  Expected measurement(MeasurementType type, @Nullable String unit, @Nullable Double baseline, @Nullable Double target) {
    Measurement.Builder b = Measurement.builder().type(type);
    if (unit != null) {
      b.unit(unit);
    }
    if (baseline != null) {
      b.baseline(baseline);
    }
    if (target != null) {
      b.target(target);
    }
    this.measurement = b.build();
    return this;
  }

  Expected measurement(Measurement measurement) {
    this.measurement = measurement;
    return this;
  }

  Expected binary() {
    return measurement(MeasurementType.BINARY, null, null, null);
  }

  /** Parses the statement with the standard parser and checks every part. */
  KeyResultStatement check() {
    return check(StatementParser.standard());
  }

  KeyResultStatement check(StatementParser parser) {
    KeyResultStatement s = parser.parse(text);
    assertThat(s.text()).isEqualTo(text);
    String expectedVerb = FIRST_WORD.equals(verb) ? text.split("[\\s.:]+")[0] : verb;
    assertThat(s.verb().map(Phrase::text)).as("verb").isEqualTo(Optional.ofNullable(expectedVerb));
    assertThat(s.direction()).as("direction").isEqualTo(Optional.ofNullable(direction));
    assertThat(s.metric().map(Phrase::text)).as("metric").isEqualTo(Optional.ofNullable(metric));
    checkNumber("baseline", s.baseline(), baseline);
    checkNumber("target", s.target(), target);
    checkNumber("stretch", s.stretch(), stretch);
    String expectedUnit = FIRST_WORD.equals(unit)
        ? target != null && !target.relative() && target.unit() != null ? target.unit()
            : baseline != null ? baseline.unit() : null
        : unit;
    assertThat(s.unit()).as("unit").isEqualTo(Optional.ofNullable(expectedUnit));
    if (change == null) {
      assertThat(s.relativeChange()).as("relative change").isEmpty();
    } else {
      RelativeChange c = s.relativeChange().orElseThrow(() -> new AssertionError("no relative change"));
      assertThat(c.amount()).as("change amount").isEqualTo(change.amount());
      assertThat(c.unit()).as("change unit").isEqualTo(Optional.ofNullable(change.unit()));
      assertThat(c.text()).as("change text").isEqualTo(change.text());
      assertThat(c.period().map(Phrase::text)).as("change period").isEqualTo(Optional.ofNullable(change.period()));
    }
    assertThat(s.deadline().map(Phrase::text)).as("deadline").isEqualTo(Optional.ofNullable(deadline));
    assertThat(s.missing()).as("missing").containsExactlyInAnyOrderElementsOf(missing);
    assertThat(s.kind()).as("kind").isEqualTo(kind);
    assertThat(s.measurement()).as("measurement").isEqualTo(Optional.ofNullable(measurement));
    Spans.check(s);
    return s;
  }

  private static void checkNumber(String what, Optional<Quantity> actual, @Nullable Number expected) {
    if (expected == null) {
      assertThat(actual).as(what).isEmpty();
      return;
    }
    Quantity q = actual.orElseThrow(() -> new AssertionError("no " + what));
    assertThat(q.value()).as(what + " value").isEqualTo(expected.value());
    assertThat(q.unit()).as(what + " unit").isEqualTo(Optional.ofNullable(expected.unit()));
    assertThat(q.text()).as(what + " text").isEqualTo(expected.text());
    assertThat(q.bound()).as(what + " bound").isEqualTo(Optional.ofNullable(expected.bound()));
    assertThat(q.relative()).as(what + " relative").isEqualTo(expected.relative());
  }

  @Override
  public String toString() {
    return source + ": " + text;
  }
}
