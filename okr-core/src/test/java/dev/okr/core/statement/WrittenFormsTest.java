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
        reads("version line", "Ship the 1.4.x maintenance branch docs"),
        reads("A to B", "Mean time to restore 50 min to 20 min", "baseline=50 minutes", "target=20 minutes"),
        reads("A to B", "Grow trial activation 31% to 40% by Q4", "baseline=31 %", "target=40 %"),
        reads("A to B", "Cash runway 9 to 18 months", "baseline=9 months", "target=18 months"),
        reads("A to B, not: a range", "Hire 4 to 6 engineers for the data team", "target=6"),
        reads("A to B, not: a band to keep", "Keep warehouse occupancy 70 to 85%", "target=85 %"),
        reads("A \u2192 B after a name", "Checkout success on Android 97.2% \u2192 98.5%", "baseline=97.2 %",
            "target=98.5 %"),
        reads("A \u2192 B after a name", "Time to first deploy for PR 14 days -> 5 days", "baseline=14 days",
            "target=5 days"),
        reads("A \u2192 B, unit unknown", "Packaging waste per parcel 220 g \u2192 150 g", "baseline=220",
            "target=150"),
        reads("A \u2192 B, signed", "Team pulse: +5 \u2192 +18", "baseline=5", "target=18"),
        reads("signed, not: an arrow", "Gross margin +3 pts this half", "target=3 points relative"),
        reads("baseline: last period", "Store footfall +6% (last quarter -2%)", "baseline=-2 %",
            "target=6 % relative"),
        reads("baseline: where it stands", "Get 80% of invoices paid on time (today it is roughly 55%)",
            "baseline=55 %", "target=80 %"),
        reads("baseline: where it stands", "First reply within 4h for 90% of chats; currently we are at 70%",
            "baseline=70 %", "target=90 %"),
        reads("baseline: where it stands", "Median approval time < 1h30, ~3h10 today", "baseline=190 minutes",
            "target=90 minutes"),
        reads("multiplying, present", "Referral sign-ups triples against the spring campaign", "target=3 x relative"),
        reads("A \u2192 B after an acronym", "LTIFR 2.4 \u2192 1.5", "baseline=2.4", "target=1.5"),
        reads("A -> B after a name", "Integrations live on the ESB 12 -> 30", "baseline=12", "target=30"),
        reads("A \u2192 B after a name", "Monthly readers of the BI portal 450 \u2192 900", "baseline=450",
            "target=900"),
        reads("A -> B between scores", "False positives per host per week 0.12 -> 0.05", "baseline=0.12",
            "target=0.05"),
        reads("A \u2192 B per period", "Demo-sourced SQOs 60 \u2192 95 per quarter", "baseline=60 per quarter",
            "target=95 per quarter"),
        reads("A \u2192 B with a unit on one side", "Outage minutes per customer 120 \u2192 90 min",
            "baseline=120 minutes", "target=90 minutes"),
        reads("A --> B", "Self-serve share 35% --> 55%", "baseline=35 %", "target=55 %"),
        reads("plus or minus", "Forecast error at month 3 from \u00B112% to \u00B15%", "baseline=12 %", "target=5 %"),
        reads("status after an arrow", "P1: answer 95% of chats within 2 min \u2192 91%", "target=95 %"),
        reads("baseline: a parenthesis opened by now", "Checkout survives 1,500 rps (now degrades at 400 rps)",
            "baseline=400", "target=1500"),
        reads("baseline: last period", "Data-loss incidents down to zero this year; last year we saw 4",
            "baseline=4", "target=0"),
        reads("percentile rank", "Clinician satisfaction at or above the 75th percentile of peer clinics",
            "target=75"),
        reads("percentile rank, not: which one", "Search latency at the 99th percentile below 800ms",
            "target=800 milliseconds"));
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
