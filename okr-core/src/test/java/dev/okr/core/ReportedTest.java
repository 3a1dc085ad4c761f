package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // the shapes of the brief
      "(7/10)              | 0.7   | -",
      "=> Done             | -     | done",
      "--> 66%             | 0.66  | -",
      "ACHIEVED            | -     | achieved",
      "0.7                 | 0.7   | -",
      "on track            | -     | on track",
      "✅                  | -     | done",
      "❌                  | -     | missed",
      "🟢                  | -     | on track",
      "🟡                  | -     | at risk",
      "🔴                  | -     | off track",
      // fractions
      "7 / 10              | 0.7   | -",
      "7 out of 10         | 0.7   | -",
      "3 of 4              | 0.75  | -",
      "0/5                 | 0.0   | -",
      "10/10               | 1.0   | -",
      "12/10               | 1.0   | -",
      "7.5/10              | 0.75  | -",
      // percentages
      "66 %                | 0.66  | -",
      "66.5%               | 0.665 | -",
      "66,5%               | 0.665 | -",
      "100%                | 1.0   | -",
      "120%                | 1.0   | -",
      "0%                  | 0.0   | -",
      "12.3%               | 0.123 | -",
      "45 percent          | 0.45  | -",
      "66% done            | 0.66  | -",
      "80% complete        | 0.8   | -",
      // decimals
      ".7                  | 0.7   | -",
      "0,7                 | 0.7   | -",
      "1.0                 | 1.0   | -",
      "0.0                 | 0.0   | -",
      "Score: 0.7          | 0.7   | -",
      "final score: 0.35   | 0.35  | -",
      // statuses, in words and decorated
      "Done.               | -     | done",
      "**Done**            | -     | done",
      "[DONE]              | -     | done",
      "completed           | -     | done",
      "Met                 | -     | achieved",
      "not met             | -     | missed",
      "Missed              | -     | missed",
      "FAILED              | -     | missed",
      "partially achieved  | -     | partially achieved",
      "On-Track            | -     | on track",
      "ontrack             | -     | on track",
      "green               | -     | on track",
      "At risk             | -     | at risk",
      "amber               | -     | at risk",
      "Off track           | -     | off track",
      "behind schedule     | -     | off track",
      "In progress         | -     | in progress",
      "WIP                 | -     | in progress",
      "not started         | -     | not started",
      "Blocked             | -     | blocked",
      "Dropped             | -     | dropped",
      "cancelled           | -     | dropped",
      "Status: at-risk     | -     | at risk",
      // arrows and emoji
      "→ done              | -     | done",
      "⇒ 0.4               | 0.4   | -",
      "-> 3/5              | 0.6   | -",
      "==> missed          | -     | missed",
      "✔️ Done             | -     | done",
      "✅ achieved          | -     | achieved",
      "🟡 at risk           | -     | at risk",
      // both
      "=> 0.7 (on track)   | 0.7   | on track",
      "Done (100%)         | 1.0   | done",
      "❌ 0.3              | 0.3   | missed",
      "[66% - at risk]     | 0.66  | at risk",
      "7/10 = 70%          | 0.7   | -",
  })
  void readsWhatAuthorsWrite(String text, @Nullable Double score, @Nullable String status) {
    Reported reported = Reported.parse(text).orElseThrow();

    assertThat(reported.text()).isEqualTo(text);
    assertThat(reported.score()).isEqualTo(Optional.ofNullable(score));
    assertThat(reported.status()).isEqualTo(Optional.ofNullable(status));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
      "", "   ", "\u200B", "=>", "(…)", "Score:", "progress", "see notes", "TBD", "n/a", "N/A", "7", "10", "1.5",
      "7/0", "0/0", "-10%", "+5%", "=> -0.2", "1,000", "v0.7", "0.7x", "7.10.2026", "1.0.0", "Q3", "2026-07-01",
      "done?", "not on track", "done / on track", "0.7 or 0.8", "✅ ❌", "Increase NPS from 42 to 60",
      "Reduce churn from 5% to 3%", "Launch the new dashboard", "done the migration", "on track to hit 60",
      "१०%", "７/１０", "0x1F", "1e3", "NaN", "Infinity", "partially", "7/", "7 out of", "0.7done", "0.7 done0.7",
      "0.00000000000000000000001"})
  void textThatIsNotJustAReportGivesNothing(String text) {
    assertThat(Reported.parse(text)).isEmpty();
  }

  @Test
  void aNumberOfTwentyFourCharactersIsTheLongestReadAsAScore() {
    String longest = "0." + "0".repeat(21) + "1";
    assertThat(longest).hasSize(24);
    assertThat(Reported.parse(longest).orElseThrow().score()).contains(1e-22);
    assertThat(Reported.parse("0" + longest)).as("25 characters").isEmpty();
  }

  @Test
  void nullGivesNothing() {
    assertThat(Reported.parse(null)).isEmpty();
  }

  @Test
  void theTextIsKeptAsGiven() {
    assertThat(Reported.parse("  => 7/10  ").orElseThrow().text()).isEqualTo("  => 7/10  ");
  }

  @Test
  void aReportHoldsAScoreAStatusOrBoth() {
    assertThat(Reported.ofScore("(7/10)", 0.7).score()).contains(0.7);
    assertThat(Reported.ofStatus("=> Done", "done").status()).contains("done");
    assertThat(Reported.of("0.7, on track", Optional.of(0.7), Optional.of("on track")))
        .isEqualTo(Reported.parse("0.7, on track").orElseThrow());
    assertThat(Reported.ofScore("(7/10)", 0.7)).isNotEqualTo(Reported.ofScore("7/10", 0.7));
  }

  @Test
  void validatesItsParts() {
    assertThatThrownBy(() -> Reported.ofScore(" ", 0.7))
        .isInstanceOf(OkrValidationException.class).hasMessage("text: must not be blank (was \" \")");
    assertThatThrownBy(() -> Reported.ofScore("7/5", 1.4))
        .isInstanceOf(OkrValidationException.class).hasMessage("score: must lie in [0, 1] (was 1.4)");
    assertThatThrownBy(() -> Reported.ofScore("?", Double.NaN))
        .isInstanceOf(OkrValidationException.class).hasMessage("score: must lie in [0, 1] (was NaN)");
    assertThatThrownBy(() -> Reported.ofStatus("Done", "Done"))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("status: must be in lower case, e.g. \"on track\" (was \"Done\")");
    assertThatThrownBy(() -> Reported.ofStatus("=>", "\u00A0"))
        .isInstanceOf(OkrValidationException.class).hasMessage("status: must not be blank (was \"\u00A0\")");
    assertThatThrownBy(() -> Reported.of("see notes", Optional.empty(), Optional.empty()))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("must hold a score, a status or both (was \"see notes\")");
  }

  @Test
  void objectivesAndKeyResultsCarryPriorityAndReport() {
    Reported done = Reported.ofStatus("=> Done", "done");
    KeyResult kr = KeyResult.builder().id("k").statement("Increase NPS from 42 to 60").priority("P1").reported(done).build();
    Objective o = Objective.builder().id("o").title("Delight users").priority("high").addKeyResult(kr).build();

    assertThat(kr.priority()).contains("P1");
    assertThat(o.keyResults().get(0).reported()).contains(done);
    assertThat(kr.withPriority("P0")).isNotEqualTo(kr);
    assertThat(kr.withReported(Reported.ofStatus("=> Done", "achieved"))).isNotEqualTo(kr);
    assertThatThrownBy(() -> kr.withPriority(" "))
        .isInstanceOf(OkrValidationException.class).hasMessage("priority: must not be blank (was \" \")");
    assertThatThrownBy(() -> o.withPriority(""))
        .isInstanceOf(OkrValidationException.class).hasMessage("priority: must not be blank (was \"\")");
  }
}
