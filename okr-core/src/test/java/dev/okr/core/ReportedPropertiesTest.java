package dev.okr.core;

import static dev.okr.core.CoreTheories.qt;
import static dev.okr.core.CoreTheories.qtLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws of {@link Reported#parse(String)}: any text at all reads without throwing, to nothing or
 * to a report of that very text with a score in [0, 1]; reports built from the shapes authors use,
 * decorated any way they decorate them, read back to the score and status they were built from.
 */
class ReportedPropertiesTest {

  /** Any text: every code point, and the characters reports are made of, in any order. */
  private static Gen<String> anyText() {
    List<String> pieces = List.of(
        "7", "10", "0", ".", ",", "/", "%", " ", "=>", "-->", "-", "+", "→", "(", ")", "✅", "❌", "🟢", "\uFE0F",
        "done", "on track", "of", "out of", "score:", "1", "0.7", "100", "99999999999999999999999999", "e", "x",
        "\u0130", "\uD83D", "\uDE80", "\u00A0", "\n");
    Gen<String> assembled = Generate.pick(pieces).describedAs(p -> p)
        .zip(Generate.pick(pieces), Generate.pick(pieces), (a, b, c) -> a + b + c);
    Gen<String> built = assembled.zip(assembled, assembled, (a, b, c) -> a + b + c);
    return strings().allPossible().ofLengthBetween(0, 40).mix(built, 50);
  }

  @Test
  void anyTextReadsWithoutThrowingAndEveryScoreLiesInTheUnitInterval() {
    qt().forAll(anyText()).checkAssert(text -> {
      Optional<Reported> reported = Reported.parse(text);
      reported.ifPresent(r -> {
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.score().isPresent() || r.status().isPresent()).isTrue();
        r.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
      });
    });
  }

  @Test
  void longTextReadsWithoutThrowing() {
    qtLong().forAll(anyText(), integers().between(1, 20_000)).checkAssert((text, times) -> {
      String longText = text.repeat(Math.max(1, times / Math.max(1, text.length())));
      Reported.parse(longText).ifPresent(r -> r.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0)));
      Reported.parse("=> " + " ".repeat(times) + "0.5").ifPresent(r -> assertThat(r.score()).contains(0.5));
    });
  }

  /** A status as written, in its several spellings, and what it reads as. */
  private record Word(String written, String status) {}

  private static final List<Word> WORDS = List.of(
      new Word("Done", "done"), new Word("DONE", "done"), new Word("completed", "done"),
      new Word("Achieved", "achieved"), new Word("met", "achieved"), new Word("missed", "missed"),
      new Word("not met", "missed"), new Word("on track", "on track"), new Word("On-Track", "on track"),
      new Word("at risk", "at risk"), new Word("off track", "off track"), new Word("in progress", "in progress"),
      new Word("dropped", "dropped"), new Word("not started", "not started"), new Word("blocked", "blocked"));

  /** A score as written and its value. */
  private record Score(String written, double value) {}

  private static Gen<Score> scores() {
    Gen<Score> fractions = integers().between(0, 20).zip(integers().between(1, 20),
        Generate.pick(List.of("/", " / ", " out of ", " of ")),
        (n, m, over) -> new Score(n + over + m, Math.min(1.0, (double) n / m)));
    Gen<Score> percentages = integers().between(0, 150).zip(Generate.pick(List.of("%", " %", " percent")),
        (p, sign) -> new Score(p + sign, Math.min(1.0, p / 100.0)));
    Gen<Score> decimals = integers().between(0, 100).map(d -> new Score(
        d == 100 ? "1.0" : "0." + (d < 10 ? "0" + d : String.valueOf(d)), d / 100.0));
    return fractions.mix(percentages, 33).mix(decimals, 33);
  }

  /** A report as an author might write it, and what it must read as. */
  private record Case(String text, Optional<Double> score, Optional<String> status) {
    @Override
    public String toString() {
      return text;
    }
  }

  private static Gen<Case> cases() {
    Gen<Optional<Word>> words = Generate.pick(WORDS).toOptionals(30);
    Gen<Optional<Score>> scores = scores().toOptionals(30);
    Gen<String> before = Generate.pick(List.of("", "=> ", "--> ", "→ ", "-> ", "(", "[", "**", "Score: ", "✅ ", "🟡 "));
    // not " " alone: "66% done" is a score only
    Gen<String> between = Generate.pick(List.of(", ", " - ", " (", " / ", " | ", "; ", " => "));
    Gen<String> after = Generate.pick(List.of("", ")", "]", "**", ".", "!", "  "));
    return in -> {
      Optional<Word> word = words.generate(in);
      Optional<Score> score = scores.generate(in);
      if (word.isEmpty() && score.isEmpty()) {
        word = Optional.of(WORDS.get(0));
      }
      String lead = before.generate(in);
      String text = lead + score.map(Score::written).orElse("")
          + (word.isPresent() && score.isPresent() ? between.generate(in) : "")
          + word.map(Word::written).orElse("") + after.generate(in);
      String emoji = lead.startsWith("✅") ? "done" : lead.startsWith("🟡") ? "at risk" : null;
      return new Case(text, score.map(Score::value), word.map(Word::status).or(() -> Optional.ofNullable(emoji)));
    };
  }

  @Test
  void reportsBuiltFromTheShapesReadBack() {
    qt().forAll(cases()).checkAssert(c -> {
      Reported reported = Reported.parse(c.text()).orElseThrow(() -> new AssertionError("not read: " + c.text()));
      assertThat(reported.score()).as(c.text()).isEqualTo(c.score());
      assertThat(reported.status()).as(c.text()).isEqualTo(c.status());
      assertThat(reported.text()).isEqualTo(c.text());
    });
  }

  @Test
  void aReportInsideOtherWordsIsNotAReport() {
    // not "not": "not met" is a report (missed)
    Gen<String> words = Generate.pick(List.of("Increase NPS", "see notes", "by Q3", "maybe", "to", "vs"));
    qt().forAll(cases(), words, Generate.booleans()).checkAssert((c, word, first) -> {
      String text = first ? word + " " + c.text() : c.text() + " " + word;
      assertThat(Reported.parse(text)).as(text).isEmpty();
    });
  }
}
