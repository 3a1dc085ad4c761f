package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeyResultTest {
  private static final LocalDate JULY_6 = LocalDate.of(2026, 7, 6);

  private static KeyResult withCheckIns(CheckIn... checkIns) {
    return KeyResult.builder()
        .id("kr1")
        .statement("Increase NPS from 42 to 60")
        .measurement(Measurement.increase(42, 60))
        .addCheckIns(checkIns)
        .build();
  }

  @Test
  void noCheckInCountsBeforeTheFirst() {
    KeyResult kr = withCheckIns(CheckIn.value(JULY_6, 44));
    assertThat(kr.latestCheckIn(JULY_6.minusDays(1))).isEmpty();
  }

  @Test
  void aCheckInCountsFromItsOwnDay() {
    CheckIn first = CheckIn.value(JULY_6, 44);
    CheckIn second = CheckIn.value(JULY_6.plusDays(7), 47);
    KeyResult kr = withCheckIns(first, second);
    assertThat(kr.latestCheckIn(JULY_6)).contains(first);
    assertThat(kr.latestCheckIn(JULY_6.plusDays(6))).contains(first);
    assertThat(kr.latestCheckIn(JULY_6.plusDays(7))).contains(second);
    assertThat(kr.latestCheckIn(LocalDate.of(2027, 1, 1))).contains(second);
  }

  @Test
  void theLatestDateWinsWhateverTheOrderGiven() {
    CheckIn late = CheckIn.value(JULY_6.plusDays(14), 50);
    CheckIn early = CheckIn.value(JULY_6, 44);
    assertThat(withCheckIns(late, early).latestCheckIn(JULY_6.plusDays(30))).contains(late);
  }

  @Test
  void ofSeveralOnTheSameDayTheLastGivenCounts() {
    // Stream.max, used before, kept the first of equal dates
    CheckIn morning = CheckIn.value(JULY_6, 44);
    CheckIn correction = CheckIn.value(JULY_6, 45);
    CheckIn third = CheckIn.value(JULY_6, 46);
    assertThat(withCheckIns(morning, correction).latestCheckIn(JULY_6)).contains(correction);
    assertThat(withCheckIns(morning, correction, third).latestCheckIn(JULY_6.plusDays(1))).contains(third);
  }

  @Test
  void aKeyResultWithoutCheckInsHasNone() {
    assertThat(KeyResult.of("kr1", "Increase NPS from 42 to 60").latestCheckIn(JULY_6)).isEmpty();
  }

  @Test
  void theWeightIsOneUnlessGiven() {
    assertThat(KeyResult.of("kr1", "Increase NPS").weight()).isEqualTo(1.0);
    assertThat(Milestone.of("Design").weight()).isEqualTo(1.0);
  }

  @Test
  void aCheckInSaysWhatItRecords() {
    assertThat(CheckIn.value(JULY_6, 1).kind()).isEqualTo(CheckIn.Kind.VALUE);
    assertThat(CheckIn.achieved(JULY_6, false).kind()).isEqualTo(CheckIn.Kind.ACHIEVED);
    assertThat(CheckIn.milestonesDone(JULY_6, java.util.List.of()).kind()).isEqualTo(CheckIn.Kind.MILESTONES);
  }
}
