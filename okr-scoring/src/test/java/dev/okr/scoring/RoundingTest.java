package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Rounding of scores: each mode at its edges, binary noise removed before rounding to fewer than
 * twelve places (0.29999999999999993 floors to 0.3), and none leaving every value as it is.
 */
class RoundingTest {

  @Test
  void eachModeRoundsAsItsName() {
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).apply(0.125)).isEqualTo(0.13);
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).apply(0.124)).isEqualTo(0.12);
    // 0.675 is 0.67499999999999993... in binary: read as the decimal it was written as
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).apply(0.675)).isEqualTo(0.68);
    assertThat(Rounding.of(2, Rounding.Mode.FLOOR).apply(0.679)).isEqualTo(0.67);
    assertThat(Rounding.of(2, Rounding.Mode.FLOOR).apply(-0.671)).isEqualTo(-0.68);
    assertThat(Rounding.of(2, Rounding.Mode.TRUNCATE).apply(-0.679)).isEqualTo(-0.67);
    assertThat(Rounding.of(0, Rounding.Mode.HALF_UP).apply(0.5)).isEqualTo(1.0);
    assertThat(Rounding.of(0, Rounding.Mode.FLOOR).apply(0.99)).isEqualTo(0.0);
  }

  @Test
  void binaryNoiseIsRemovedBeforeRoundingToFewerThanTwelvePlaces() {
    assertThat(Rounding.of(1, Rounding.Mode.FLOOR).apply(0.29999999999999993)).isEqualTo(0.3);
    assertThat(Rounding.of(11, Rounding.Mode.FLOOR).apply(0.29999999999999993)).isEqualTo(0.3);
    // at twelve places and beyond the digits are the value's own
    assertThat(Rounding.of(12, Rounding.Mode.FLOOR).apply(0.1234567890129)).isEqualTo(0.123456789012);
    assertThat(Rounding.of(15, Rounding.Mode.FLOOR).apply(0.29999999999999993)).isEqualTo(0.299999999999999);
  }

  @Test
  void noneAndNonFiniteValuesAreLeftAsTheyAre() {
    assertThat(Rounding.none().apply(0.123456789)).isEqualTo(0.123456789);
    assertThat(Rounding.none().apply(15.5)).isEqualTo(15.5);
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).apply(Double.NaN)).isNaN();
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).apply(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Rounding.none().places()).isEmpty();
    assertThat(Rounding.of(0, Rounding.Mode.FLOOR).places()).contains(0);
    assertThat(Rounding.of(15, Rounding.Mode.FLOOR).places()).contains(15);
    assertThat(Rounding.of(3, Rounding.Mode.TRUNCATE).mode()).isEqualTo(Rounding.Mode.TRUNCATE);
  }

  @Test
  void placesRunFromZeroToFifteen() {
    assertThatThrownBy(() -> Rounding.of(-1, Rounding.Mode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounding places must be 0 to 15 (was -1)");
    assertThatThrownBy(() -> Rounding.of(16, Rounding.Mode.HALF_UP)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounding places must be 0 to 15 (was 16)");
  }

  @Test
  void roundingsAreEqualByPlacesAndModeAndSayWhatTheyAre() {
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP)).isEqualTo(Rounding.of(2, Rounding.Mode.HALF_UP))
        .hasSameHashCodeAs(Rounding.of(2, Rounding.Mode.HALF_UP))
        .isNotEqualTo(Rounding.of(2, Rounding.Mode.FLOOR))
        .isNotEqualTo(Rounding.of(3, Rounding.Mode.HALF_UP))
        .isNotEqualTo(Rounding.none())
        .isNotEqualTo("2 places, half-up");
    assertThat(Rounding.none()).isEqualTo(Rounding.none()).isNotEqualTo(Rounding.of(0, Rounding.Mode.HALF_UP));
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).hashCode()).isNotEqualTo(Rounding.of(2, Rounding.Mode.FLOOR).hashCode())
        .isNotEqualTo(Rounding.of(3, Rounding.Mode.HALF_UP).hashCode());
    assertThat(Rounding.of(0, Rounding.Mode.HALF_UP).hashCode()).isNotEqualTo(Rounding.none().hashCode());
    assertThat(Rounding.none()).hasToString("none");
    assertThat(Rounding.of(1, Rounding.Mode.HALF_UP)).hasToString("1 place, half-up");
    assertThat(Rounding.of(2, Rounding.Mode.FLOOR)).hasToString("2 places, floor");
    assertThat(Rounding.of(0, Rounding.Mode.TRUNCATE)).hasToString("0 places, truncate");
  }
}
