package dev.okr.core.statement;

import static dev.okr.core.CoreTheories.qt;
import static dev.okr.core.CoreTheories.qtLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws of statement reading: sentences built from templates (directions × phrasings × units ×
 * number formats) read back to the values they were built from; any text at all reads, obeying
 * the span laws of {@link Spans}; a statement's measurement always fills its key result.
 */
class StatementPropertiesTest {

  // ---- sentences from templates -------------------------------------------------------------

  /** A unit as written after or around a number, and its normalised name. */
  private enum Unit {
    NONE(null, "", ""),
    PERCENT("%", "", "%"),
    PERCENT_WORD("%", "", " percent"),
    USD("USD", "$", ""),
    EUR("EUR", "\u20AC", ""),
    EUR_WORD("EUR", "", " EUR"),
    MINUTES("minutes", "", " minutes"),
    MINS("minutes", "", " mins"),
    HOURS("hours", "", " hours"),
    DAYS("days", "", " days"),
    WEEKS("weeks", "", " weeks"),
    MS("milliseconds", "", "ms"),
    RATING("out of 5", "", "/5"),
    OUT_OF("out of 5", "", " out of 5"),
    PER_MONTH("per month", "", " per month");

    final @Nullable String name;
    final String prefix;
    final String suffix;

    Unit(@Nullable String name, String prefix, String suffix) {
      this.name = name;
      this.prefix = prefix;
      this.suffix = suffix;
    }

    boolean isCurrency() {
      return this == USD || this == EUR;
    }
  }

  /** A number as written, and its exact value. */
  record Written(String text, double value) {}

  /** A generated sentence and what it must read as. */
  record Sentence(String text, Direction direction, @Nullable Double baseline, @Nullable Double target,
      @Nullable String unit, @Nullable Double change, @Nullable String deadline, Quantity.@Nullable Bound bound) {
    @Override
    public String toString() {
      return text;
    }
  }

  private static final List<String> HIGHER_IS_BETTER = List.of(
      "NPS", "weekly active users (WAU)", "Day-7 activation rate", "net revenue retention",
      "trial-to-paid conversion rate", "seat expansion revenue", "deploy success rate", "W4 retention");
  private static final List<String> INCREASE_VERBS = List.of("Increase", "Grow", "Raise", "Improve", "Boost", "Lift",
      "Increasing");
  private static final List<String> DECREASE_VERBS = List.of("Reduce", "Decrease", "Lower", "Cut", "Lowering",
      "Reduced");
  private static final List<String> SMALL_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty");

  /** A positive number in one of the formats: integer, thousands separators, decimals, a word, a multiplier. */
  private static Gen<Written> number(Unit unit) {
    Gen<Integer> format = Generate.range(0, 4);
    Gen<Long> mantissa = Generate.longRange(1, 999_999);
    Gen<Integer> decimals = Generate.range(0, 2);
    return rnd -> {
      int f = format.generate(rnd);
      if (unit == Unit.RATING || unit == Unit.OUT_OF) {
        long m = Generate.longRange(1, 50).generate(rnd);
        return new Written(BigDecimal.valueOf(m, 1).toPlainString(), BigDecimal.valueOf(m, 1).doubleValue());
      }
      if (f == 0 && unit == Unit.NONE) {
        int v = Generate.range(1, 20).generate(rnd);
        return new Written(SMALL_WORDS.get(v), v);
      }
      if (f == 1 && unit.isCurrency()) {
        long m = Generate.longRange(1, 999).generate(rnd);
        int d = Generate.range(0, 1).generate(rnd);
        String suffix = Generate.pick(List.of("k", "K", "M")).generate(rnd);
        BigDecimal v = BigDecimal.valueOf(m, d).scaleByPowerOfTen(suffix.equalsIgnoreCase("k") ? 3 : 6);
        return new Written(BigDecimal.valueOf(m, d).toPlainString() + suffix, v.doubleValue());
      }
      long m = mantissa.generate(rnd);
      int d = decimals.generate(rnd);
      BigDecimal v = BigDecimal.valueOf(m, d);
      String plain = v.toPlainString();
      if (f == 2 && v.compareTo(BigDecimal.valueOf(1000)) >= 0) {
        plain = String.format(java.util.Locale.ROOT, "%,." + d + "f", v);
      }
      return new Written(plain, v.doubleValue());
    };
  }

  private static String write(Unit unit, Written n) {
    return unit.prefix + n.text() + unit.suffix;
  }

  private static final Gen<Sentence> CHANGES = rnd -> {
    Unit unit = Generate.enumValues(Unit.class).generate(rnd);
    Written a = number(unit).generate(rnd);
    Written b = number(unit).assuming(x -> x.value() != a.value()).generate(rnd);
    boolean up = b.value() > a.value();
    String verb = Generate.pick(up ? INCREASE_VERBS : DECREASE_VERBS).generate(rnd);
    String metric = Generate.pick(HIGHER_IS_BETTER).generate(rnd);
    String from = write(unit, a);
    String to = write(unit, b);
    int phrasing = Generate.range(0, 6).generate(rnd);
    String deadline = null;
    String text;
    switch (phrasing) {
      case 0:
        text = verb + " " + metric + " from " + from + " to " + to;
        break;
      case 1:
        text = verb + " " + metric + " to " + to + ", " + (up ? "up" : "down") + " from " + from;
        break;
      case 2:
        text = "Achieve a " + metric + " of " + to + ", " + (up ? "up" : "down") + " from " + from;
        break;
      case 3:
        deadline = "by end of Q" + Generate.range(1, 4).generate(rnd);
        text = verb + " " + metric + " from " + from + " to " + to + " " + deadline;
        break;
      case 4:
        text = verb + " " + metric + " to " + to + " (from " + from + ")";
        break;
      case 5:
        text = verb + " " + metric + " to " + to + " (" + from + " today)";
        break;
      default:
        text = metric + ": " + from + " \u2192 " + to;
        break;
    }
    return new Sentence(text, up ? Direction.INCREASE : Direction.DECREASE, a.value(), b.value(), unit.name, null,
        deadline, null);
  };

  private static final Gen<Sentence> BOUNDS = rnd -> {
    Unit unit = Generate.enumValues(Unit.class).generate(rnd);
    Written t = number(unit).generate(rnd);
    String metric = Generate.pick(HIGHER_IS_BETTER).generate(rnd);
    String v = write(unit, t);
    int phrasing = Generate.range(0, 5).generate(rnd);
    switch (phrasing) {
      case 0:
        return bound("Keep " + metric + " under " + v, t, unit, Quantity.Bound.AT_MOST);
      case 1:
        return bound("Keep " + metric + " below " + v, t, unit, Quantity.Bound.AT_MOST);
      case 2:
        return bound("Keep " + metric + " at most " + v, t, unit, Quantity.Bound.AT_MOST);
      case 3:
        return bound("Keep " + metric + " above " + v, t, unit, Quantity.Bound.AT_LEAST);
      case 4:
        return bound("Keep " + metric + " at least " + v, t, unit, Quantity.Bound.AT_LEAST);
      default:
        return bound("Achieve a " + metric + " of " + v + " or above", t, unit, Quantity.Bound.AT_LEAST);
    }
  };

  private static Sentence bound(String text, Written t, Unit unit, Quantity.Bound bound) {
    Direction d = bound == Quantity.Bound.AT_LEAST ? Direction.AT_LEAST : Direction.AT_MOST;
    return new Sentence(text, d, null, t.value(), unit.name, null, null, bound);
  }

  private static final Gen<Sentence> RELATIVE = rnd -> {
    boolean up = Generate.booleans().generate(rnd);
    String verb = Generate.pick(up ? INCREASE_VERBS : DECREASE_VERBS).generate(rnd);
    String metric = Generate.pick(HIGHER_IS_BETTER).generate(rnd);
    long m = Generate.longRange(1, 999).generate(rnd);
    BigDecimal p = BigDecimal.valueOf(m, Generate.range(0, 1).generate(rnd));
    boolean repeated = Generate.booleans().generate(rnd);
    String text = verb + " " + metric + " by " + p.toPlainString() + "%" + (repeated ? " quarter-over-quarter" : "");
    double amount = up ? p.doubleValue() : -p.doubleValue();
    return new Sentence(text, up ? Direction.INCREASE : Direction.DECREASE, null, null, null, amount, null, null);
  };

  @Test
  void sentencesFromTemplatesReadBackToTheirValues() {
    qt().forAll(Generate.oneOf(CHANGES, BOUNDS, RELATIVE)).checkAssert(expected -> {
      KeyResultStatement s = KeyResultStatement.parse(expected.text());
      assertThat(s.direction()).as("direction").hasValue(expected.direction());
      assertThat(s.baseline().map(Quantity::value)).as("baseline").isEqualTo(Optional.ofNullable(expected.baseline()));
      // a relative change is the target when no level is written: "by 25%" is a target of +25 (or -25) %
      Double target = expected.change() != null ? expected.change() : expected.target();
      assertThat(s.target().map(Quantity::value)).as("target").isEqualTo(Optional.ofNullable(target));
      assertThat(s.target().map(Quantity::relative)).as("relative").isEqualTo(Optional.of(expected.change() != null));
      assertThat(s.target().flatMap(Quantity::bound)).as("bound").isEqualTo(Optional.ofNullable(expected.bound()));
      assertThat(s.unit()).as("unit").isEqualTo(Optional.ofNullable(expected.unit()));
      assertThat(s.relativeChange().map(RelativeChange::amount)).as("change")
          .isEqualTo(Optional.ofNullable(expected.change()));
      assertThat(s.deadline().map(Phrase::text)).as("deadline").isEqualTo(Optional.ofNullable(expected.deadline()));
      assertThat(s.kind()).isEqualTo(StatementKind.OUTCOME);
      assertThat(s.measurement()).as("measurement").hasValue(measurementOf(expected));
      Spans.check(s);
    });
  }

  private static Measurement measurementOf(Sentence e) {
    Measurement.Builder b = Measurement.builder();
    switch (e.direction()) {
      case INCREASE:
      case DECREASE:
        b.type(e.direction() == Direction.INCREASE ? MeasurementType.INCREASE : MeasurementType.DECREASE);
        if (e.change() != null) {
          return b.unit("% of baseline").baseline(100).target(100 + e.change()).build();
        }
        b.baseline(e.baseline()).target(e.target());
        break;
      default:
        b.type(e.direction() == Direction.AT_LEAST ? MeasurementType.AT_LEAST : MeasurementType.AT_MOST)
            .target(e.target());
        break;
    }
    if (e.unit() != null) {
      b.unit(e.unit());
    }
    return b.build();
  }

  // ---- any text -----------------------------------------------------------------------------

  private static final List<String> HOSTILE = List.of(
      "from", "to", "by", "up", "down", "under", "over", "at", "least", "most", "or", "above", "below", "%", "$",
      "\u20AC", "+", "(", ")", "[", "]", "[X]", "[baseline]", "Q3", "end", "of", "the", "within", "days", "weeks",
      "60", "1,000", "3.5", "0", "-", "zero", "two", "twenty-five", "stretch", ":", "\u2192", "->", ">", "<", "=",
      "per", "month", "quarter-over-quarter", "x", "2x", "k", "M", "/5", "out", "KR1:", "\u2022", "Increase",
      "Reduce", "Maintain", "Achieve", "Launch", "Track", "Double", "today", "this", "quarter", "by", ",", ".",
      "'", "\"", "\u201C", "\u201D", "#", "*", "1.", "99.99", "10k", "$1.2M", "2026", "March", "31", "mins", "ms",
      "(up", "from", "35%)", "or", "more", "no", "less", "than", "a", "an", "each", "every", "\u0000", "\uD83D\uDE00");

  private static final Gen<String> HOSTILE_TEXT = rnd -> {
    int words = Generate.range(0, 40).generate(rnd);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(Generate.pick(HOSTILE).generate(rnd));
      sb.append(Generate.pick(List.of(" ", " ", " ", "", "\t")).generate(rnd));
    }
    return sb.toString();
  };

  private static Gen<String> longLine(Gen<String> pieces) {
    return rnd -> {
      StringBuilder sb = new StringBuilder(10_100);
      while (sb.length() < 10_000) {
        sb.append(pieces.generate(rnd));
        sb.append(' ');
      }
      return sb.substring(0, 10_000);
    };
  }

  @Test
  void anyUnicodeTextReads() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(text -> {
      KeyResultStatement s = KeyResultStatement.parse(text);
      assertThat(s.text()).isEqualTo(text);
      Spans.check(s);
    });
  }

  @Test
  void textMadeOfTheParsersOwnWordsReads() {
    qt().forAll(HOSTILE_TEXT).checkAssert(text -> Spans.check(KeyResultStatement.parse(text)));
  }

  @Test
  void tenThousandCharacterLinesRead() {
    Gen<String> pieces = Generate.oneOf(HOSTILE_TEXT, strings().allPossible().ofLengthBetween(1, 50),
        strings().numericBetween(0, 1_000_000));
    qtLong().forAll(longLine(pieces)).checkAssert(text -> {
      KeyResultStatement s = KeyResultStatement.parse(text);
      assertThat(s.text()).hasSize(10_000);
      Spans.check(s);
    });
  }

  @Test
  void aStatementsMeasurementAlwaysFillsItsKeyResult() {
    qt().forAll(Generate.oneOf(HOSTILE_TEXT, CHANGES.map(Sentence::text), BOUNDS.map(Sentence::text)))
        .assuming(text -> !text.isBlank())
        .checkAssert(text -> {
          ResolvedMeasurement r = ResolvedMeasurement.of(KeyResult.of("kr", text));
          assertThat(r.measurement()).isEqualTo(r.statement().measurement());
          assertThat(r.filled().measurement()).isEqualTo(r.measurement());
        });
  }
}
