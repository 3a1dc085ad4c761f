package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KeyResult.withCheckIn and OkrSet.replace: copies with one thing changed, validated like any other. */
class CopyAndReplaceTest {
  private static final LocalDate JULY = LocalDate.of(2026, 7, 14);

  private static KeyResult nps() {
    return KeyResult.builder().id("nps").statement("Increase NPS from 42 to 60")
        .measurement(Measurement.increase(42, 60)).addCheckIn(CheckIn.value(JULY, 45)).build();
  }

  private static OkrSet set() {
    Objective onboarding = Objective.builder().id("onboarding").title("Delight new users")
        .kind(ObjectiveKind.ASPIRATIONAL).cycle(Cycle.parse("2026-Q3"))
        .addKeyResult(nps()).addKeyResult(KeyResult.of("activation", "Increase activation from 22% to 35%")).build();
    Objective sync = Objective.builder().id("sync").title("Sync people never think about")
        .alignment(Alignment.toKeyResult("nps")).addKeyResult(KeyResult.of("latency", "Keep p95 latency under 800 ms")).build();
    return OkrSet.of(List.of(onboarding, sync));
  }

  @Test
  void withCheckInAddsOneCheckInAfterTheOthers() {
    KeyResult nps = nps();
    CheckIn august = CheckIn.value(JULY.plusWeeks(4), 49);
    KeyResult later = nps.withCheckIn(august);
    assertThat(later.checkIns()).containsExactly(nps.checkIns().get(0), august);
    assertThat(nps.checkIns()).hasSize(1);
    assertThat(later.withCheckIns(nps.checkIns())).isEqualTo(nps);
  }

  @Test
  void withCheckInRefusesACheckInOfTheWrongKind() {
    assertThatThrownBy(() -> nps().withCheckIn(CheckIn.achieved(JULY, true)))
        .isInstanceOf(OkrValidationException.class)
        .hasMessageContaining("checkIns[1]")
        .hasMessageContaining("must record value");
  }

  @Test
  void replaceAKeyResultKeepsItsPlace() {
    OkrSet set = set();
    KeyResult updated = set.keyResult("nps").orElseThrow().withCheckIn(CheckIn.value(JULY.plusWeeks(2), 47));
    OkrSet after = set.replace(updated);
    assertThat(after.keyResult("nps")).contains(updated);
    assertThat(after.objective("onboarding").orElseThrow().keyResults().get(0)).isEqualTo(updated);
    assertThat(after.objective("onboarding").orElseThrow().keyResults().get(1).id()).isEqualTo("activation");
    assertThat(after.objective("sync")).isEqualTo(set.objective("sync"));
    assertThat(set.keyResult("nps").orElseThrow().checkIns()).hasSize(1);
  }

  @Test
  void replaceAnObjectiveKeepsItsPlace() {
    OkrSet set = set();
    Objective renamed = set.objective("sync").orElseThrow().withTitle("Sync that just works");
    OkrSet after = set.replace(renamed);
    assertThat(after.objectives()).extracting(Objective::id).containsExactly("onboarding", "sync");
    assertThat(after.objective("sync")).contains(renamed);
  }

  @Test
  void unknownIdsAreNamed() {
    OkrSet set = set();
    assertThatThrownBy(() -> set.replace(KeyResult.of("churn", "Reduce churn from 5% to 3%")))
        .isInstanceOfSatisfying(UnknownIdException.class, e -> {
          assertThat(e.id()).isEqualTo("churn");
          assertThat(e.element()).isEqualTo("key result");
        })
        .hasMessage("no key result with id \"churn\" in this set");
    assertThatThrownBy(() -> set.replace(Objective.builder().id("growth").title("Grow").build()))
        .isInstanceOf(UnknownIdException.class)
        .hasMessage("no objective with id \"growth\" in this set");
    // an objective's id is not a key result's
    assertThatThrownBy(() -> set.replace(KeyResult.of("sync", "Keep sync fast")))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("\"sync\"");
  }

  @Test
  void theReplacedSetIsValidatedAgain() {
    OkrSet set = set();
    // a check-in far outside the objective's cycle
    KeyResult late = set.keyResult("nps").orElseThrow().withCheckIn(CheckIn.value(LocalDate.of(2027, 1, 15), 50));
    assertThatThrownBy(() -> set.replace(late)).isInstanceOf(OkrValidationException.class)
        .hasMessageContaining("must lie within the cycle 2026-Q3");
    // an objective that drops the key result another objective aligns to
    Objective without = set.objective("onboarding").orElseThrow()
        .withKeyResults(List.of(KeyResult.of("activation", "Increase activation from 22% to 35%")));
    assertThatThrownBy(() -> set.replace(without)).isInstanceOf(OkrValidationException.class);
  }
}
