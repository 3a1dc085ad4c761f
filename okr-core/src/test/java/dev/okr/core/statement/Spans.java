package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.MeasurementType;
import java.util.ArrayList;
import java.util.List;

/** The laws every reading obeys, whatever the text: used by example and property tests alike. */
final class Spans {
  private Spans() {}

  /**
   * Every phrase lies inside the text and is the text at its place; phrases in different roles do
   * not overlap; a statement with a measurement has a direction; what is missing agrees with what
   * was found.
   */
  static void check(KeyResultStatement s) {
    String text = s.text();
    if (s.kind() == StatementKind.UNREADABLE) {
      // nothing is read from a statement in another language
      assertThat(s.verb()).isEmpty();
      assertThat(s.direction()).isEmpty();
      assertThat(s.metric()).isEmpty();
      assertThat(s.baseline()).isEmpty();
      assertThat(s.target()).isEmpty();
      assertThat(s.stretch()).isEmpty();
      assertThat(s.relativeChange()).isEmpty();
      assertThat(s.deadline()).isEmpty();
      assertThat(s.unit()).isEmpty();
      assertThat(s.missing()).isEmpty();
      assertThat(s.measurement()).isEmpty();
      return;
    }
    List<Phrase> phrases = new ArrayList<>();
    s.verb().ifPresent(phrases::add);
    s.metric().ifPresent(phrases::add);
    s.baseline().ifPresent(phrases::add);
    s.target().filter(q -> !q.relative()).ifPresent(phrases::add);
    s.stretch().ifPresent(phrases::add);
    s.relativeChange().ifPresent(phrases::add);
    s.deadline().ifPresent(phrases::add);
    for (Phrase p : phrases) {
      assertThat(p.start()).as("start of %s", p).isBetween(0, text.length());
      assertThat(p.end()).as("end of %s", p).isBetween(p.start() + 1, text.length());
      assertThat(text.substring(p.start(), p.end())).as("text of %s", p).isEqualTo(p.text());
    }
    for (int i = 0; i < phrases.size(); i++) {
      for (int j = i + 1; j < phrases.size(); j++) {
        Phrase a = phrases.get(i);
        Phrase b = phrases.get(j);
        boolean verbAsChange = s.verb().orElse(null) == a && s.relativeChange().orElse(null) == b
            && a.start() == b.start() && a.end() == b.end();
        if (verbAsChange) {
          continue; // "Double weekly signups": the verb is the change
        }
        assertThat(a.end() <= b.start() || b.end() <= a.start())
            .as("%s and %s do not overlap in %s", a, b, text).isTrue();
      }
    }
    s.target().filter(Quantity::relative).ifPresent(q -> {
      // a relative target is the relative change read as a target: it lies within its phrase
      RelativeChange change = s.relativeChange().orElseThrow(() -> new AssertionError("relative target without a change"));
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.start()).as("start of %s", q).isBetween(change.start(), change.end() - 1);
      assertThat(q.end()).as("end of %s", q).isBetween(q.start() + 1, change.end());
    });
    s.relativeChange().flatMap(RelativeChange::period).ifPresent(p -> {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
      assertThat(p.start()).isGreaterThanOrEqualTo(s.relativeChange().get().start());
      assertThat(p.end()).isLessThanOrEqualTo(s.relativeChange().get().end());
    });
    s.measurement().ifPresent(m -> {
      assertThat(s.direction()).as("direction of a measured statement").isPresent();
      if (m.type() != MeasurementType.BINARY) {
        assertThat(s.missing()).as("missing of a measured statement").doesNotContain(Missing.NUMBER);
      }
    });
    assertThat(s.missing().contains(Missing.TARGET)).isEqualTo(s.target().isEmpty());
    assertThat(s.target().isEmpty() && s.relativeChange().isPresent()).as("a relative change is a target").isFalse();
    assertThat(s.missing().contains(Missing.DEADLINE)).isEqualTo(s.deadline().isEmpty());
    if (s.verbDirection().isPresent()) {
      assertThat(s.verb()).as("a verb direction comes from a verb").isPresent();
    }
    assertThat(s.missing().contains(Missing.METRIC)).isEqualTo(s.metric().isEmpty());
    boolean anyNumber = s.baseline().isPresent() || s.target().isPresent() || s.stretch().isPresent()
        || s.relativeChange().isPresent();
    assertThat(s.missing().contains(Missing.NUMBER)).isEqualTo(!anyNumber);
  }
}
