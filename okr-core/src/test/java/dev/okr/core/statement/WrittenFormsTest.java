package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ways real key results write their numbers that the reader must take apart: bounds and durations
 * glued into one word, a change written as "A to B" or "A → B" right after the metric, notes and
 * thresholds that are no target. Each row is a made-up statement and the numbers expected in it.
 */
class WrittenFormsTest {

  /** A statement and the numbers expected in it, as "baseline=..", "target=..", "stretch=..". */
  static Arguments reads(String form, String text, String... numbers) {
    return Arguments.of(form, text, List.of(numbers));
  }

  static Stream<Arguments> statements() {
    return Stream.of(
        reads("sub-N", "Keep p95 render time sub-300ms on low-end phones", "target=300 milliseconds"),
        reads("sub-N", "Cold start from 6s to sub-2s", "baseline=6 seconds", "target=2 seconds"),
        reads("sub-N, not: a word", "Sub-second search for every tenant"),
        reads("compound duration", "Average handle time 9m45s -> 8m", "baseline=585 seconds", "target=8 minutes"),
        reads("compound duration", "Queue wait down to 1h05 from 3h20", "baseline=200 minutes", "target=65 minutes"),
        reads("compound duration", "Nightly build from 1h30m to 45 min", "baseline=90 minutes", "target=45 minutes"),
        reads("compound duration, not: millions", "Raise $7M30 in seed funding"),
        reads("version line", "Backport the security fix to 2.x"),
        reads("version line", "Ship the 1.4.x maintenance branch docs"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("statements")
  void readsTheNumbersAsWritten(String form, String text, List<String> expected) {
    KeyResultStatement s = KeyResultStatement.parse(text);
    List<String> read = new ArrayList<>();
    s.baseline().ifPresent(q -> read.add("baseline=" + shown(q)));
    s.baselinePlaceholder().ifPresent(p -> read.add("baseline=" + p.text()));
    s.target().ifPresent(q -> read.add("target=" + shown(q)));
    s.targetPlaceholder().ifPresent(p -> read.add("target=" + p.text()));
    s.stretch().ifPresent(q -> read.add("stretch=" + shown(q)));
    assertThat(read).as("%s: %s", form, text).isEqualTo(expected);
    Spans.check(s);
  }

  private static String shown(Quantity q) {
    double v = q.value();
    String number = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    return number + unit(q.unit().orElse(null)) + (q.relative() ? " relative" : "");
  }

  private static String unit(@Nullable String unit) {
    return unit == null ? "" : " " + unit;
  }
}
