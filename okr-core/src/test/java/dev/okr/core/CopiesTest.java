package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code with*} copies, builders started {@code from} a value, and equality by value. */
class CopiesTest {
  private static final LocalDate JULY_6 = LocalDate.of(2026, 7, 6);

  private static KeyResult nps() {
    return KeyResult.builder()
        .id("kr1")
        .statement("Increase NPS from 42 to 60")
        .owner(Owner.person("Zoë Müller"))
        .weight(2)
        .measurement(Measurement.builder().from(Measurement.increase(42, 60)).unit("points").stretch(70).build())
        .addCheckIns(CheckIn.builder().date(JULY_6).value(44).confidence(0.7).note("first survey").build())
        .build();
  }

  private static Objective objective() {
    return Objective.builder()
        .id("o1")
        .title("Delight new customers")
        .kind(ObjectiveKind.ASPIRATIONAL)
        .owner(Owner.team("Growth"))
        .cycle(Cycle.quarter(2026, 3))
        .alignment(Alignment.toObjective("company-1"))
        .addKeyResults(nps())
        .addInitiatives(Initiative.builder().id("i1").title("Onboarding").addKeyResultIds("kr1").build())
        .addTags("growth", "成長")
        .build();
  }

  @Test
  void withCopiesChangeOneFieldAndLeaveTheOriginal() {
    KeyResult original = nps();
    KeyResult heavier = original.withWeight(3);
    assertThat(heavier.weight()).isEqualTo(3.0);
    assertThat(original.weight()).isEqualTo(2.0);
    assertThat(heavier.withWeight(2)).isEqualTo(original);
    assertThat(objective().withTitle("Win the market").title()).isEqualTo("Win the market");
  }

  @Test
  void withCopiesAreValidatedToo() {
    Measurement increase = Measurement.increase(42, 60);
    assertThatThrownBy(() -> increase.withTarget(42))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("target: must differ from the baseline 42 for an increase (was 42)");
    assertThatThrownBy(() -> nps().withWeight(0))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("weight: must be greater than 0 (was 0)");
  }

  @Test
  void aBuilderFromAValueBuildsAnEqualValue() {
    Objective objective = objective();
    Objective rebuilt = new Objective.Builder().from(objective).build();
    assertThat(rebuilt).isEqualTo(objective).hasSameHashCodeAs(objective);
    KeyResult kr = nps();
    assertThat(new KeyResult.Builder().from(kr).build()).isEqualTo(kr);
    OkrSet set = OkrSet.of(java.util.List.of(objective().withAlignment(java.util.Optional.empty())));
    assertThat(new OkrSet.Builder().from(set).build()).isEqualTo(set);
  }

  @Test
  void aBuilderFromAValueCanChangeOneField() {
    KeyResult kr = new KeyResult.Builder().from(nps()).statement("Raise NPS from 42 to 60").build();
    assertThat(kr.statement()).isEqualTo("Raise NPS from 42 to 60");
    assertThat(kr.withStatement(nps().statement())).isEqualTo(nps());
  }

  @Test
  void theSourcePositionIsNotPartOfEquality() {
    KeyResult read = nps().withSource(SourcePosition.of(14, 7));
    assertThat(read).isEqualTo(nps()).hasSameHashCodeAs(nps());
    assertThat(read.source()).contains(SourcePosition.of(14, 7));
    Objective readObjective = objective().withSource(SourcePosition.of(3, 1));
    assertThat(readObjective).isEqualTo(objective()).hasSameHashCodeAs(objective());
    Initiative initiative = objective().initiatives().get(0);
    assertThat(initiative.withSource(SourcePosition.of(20, 5))).isEqualTo(initiative);
  }

  @Test
  void theOriginIsNotPartOfEqualityEither() {
    SourcePosition original = SourcePosition.of("q3.md", 12, 3);
    KeyResult converted = nps().withSource(SourcePosition.of(40, 9)).withOrigin(original);
    assertThat(converted).isEqualTo(nps()).hasSameHashCodeAs(nps());
    assertThat(converted.origin()).contains(original);
    assertThat(converted.source()).contains(SourcePosition.of(40, 9));
    assertThat(objective().withOrigin(original)).isEqualTo(objective()).hasSameHashCodeAs(objective());
    Initiative initiative = objective().initiatives().get(0);
    assertThat(initiative.withOrigin(original)).isEqualTo(initiative);
  }

  @Test
  void aPositionNamesItsFileWhenItHasOne() {
    assertThat(SourcePosition.of(12, 3)).hasToString("12:3");
    assertThat(SourcePosition.of("q3.md", 12, 3)).hasToString("q3.md:12:3");
    assertThat(SourcePosition.of(12, 3).inFile("q3.md")).isEqualTo(SourcePosition.of("q3.md", 12, 3));
    assertThat(SourcePosition.of("q3.md", 12, 3)).isNotEqualTo(SourcePosition.of(12, 3));
    assertThat(SourcePosition.of("q3.md", 12, 3).file()).contains("q3.md");
  }

  @Test
  void everyOtherFieldIsPartOfEquality() {
    assertThat(nps().withOwner(Owner.team("Zoë Müller"))).isNotEqualTo(nps());
    assertThat(nps().withCheckIns(nps().checkIns().get(0).withNote("second survey"))).isNotEqualTo(nps());
    assertThat(objective().withKind(ObjectiveKind.COMMITTED)).isNotEqualTo(objective());
    assertThat(objective().withAlignment(Alignment.toKeyResult("company-1"))).isNotEqualTo(objective());
    assertThat(Cycle.quarter(2026, 1)).isNotEqualTo(Cycle.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
  }

  @Test
  void checkInsKeepTheirOrderAndTagsTheirs() {
    CheckIn second = CheckIn.value(JULY_6.plusDays(7), 45);
    KeyResult kr = nps().withCheckIns(second, nps().checkIns().get(0));
    assertThat(kr.checkIns()).extracting(CheckIn::date).containsExactly(JULY_6.plusDays(7), JULY_6);
    assertThat(objective().tags()).containsExactly("growth", "成長");
  }
}
