package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The arithmetic every score is computed with keeps Java's double semantics, as {@link Arithmetic}
 * promises: each operation is the operator it names, NaN spreads and compares false, and the
 * minimum and maximum are {@link Math#min(double, double)}'s and {@link Math#max(double, double)}'s,
 * signed zeros included.
 */
class DoubleArithmeticTest {
  private static final Arithmetic<Double, Boolean> A = Arithmetic.doubles();

  @Test
  void eachOperationIsTheOperatorItNames() {
    assertThat(A.number(2.5)).isEqualTo(2.5);
    assertThat(A.plus(7.0, 2.0)).isEqualTo(9.0);
    assertThat(A.minus(7.0, 2.0)).isEqualTo(5.0);
    assertThat(A.times(7.0, 2.0)).isEqualTo(14.0);
    assertThat(A.dividedBy(7.0, 2.0)).isEqualTo(3.5);
    assertThat(A.abs(-3.0)).isEqualTo(3.0);
    assertThat(A.abs(3.0)).isEqualTo(3.0);
    assertThat(A.min(7.0, 2.0)).isEqualTo(2.0);
    assertThat(A.max(7.0, 2.0)).isEqualTo(7.0);
    assertThat(A.choose(true, 1.0, 2.0)).isEqualTo(1.0);
    assertThat(A.choose(false, 1.0, 2.0)).isEqualTo(2.0);
  }

  @Test
  void lessIsStrictAndLessOrEqualIsNot() {
    assertThat(A.less(1.0, 2.0)).isTrue();
    assertThat(A.less(2.0, 2.0)).isFalse();
    assertThat(A.less(3.0, 2.0)).isFalse();
    assertThat(A.lessOrEqual(1.0, 2.0)).isTrue();
    assertThat(A.lessOrEqual(2.0, 2.0)).isTrue();
    assertThat(A.lessOrEqual(3.0, 2.0)).isFalse();
  }

  @Test
  void nanSpreadsThroughEveryOperationAndComparesFalse() {
    double nan = Double.NaN;
    assertThat(A.plus(nan, 1.0)).isNaN();
    assertThat(A.minus(1.0, nan)).isNaN();
    assertThat(A.times(nan, 0.0)).isNaN();
    assertThat(A.dividedBy(0.0, 0.0)).isNaN();
    assertThat(A.abs(nan)).isNaN();
    assertThat(A.min(nan, 1.0)).isNaN();
    assertThat(A.max(1.0, nan)).isNaN();
    assertThat(A.less(nan, 1.0)).isFalse();
    assertThat(A.lessOrEqual(1.0, nan)).isFalse();
  }

  @Test
  void theMinimumOfTheSignedZerosIsNegativeAndTheMaximumPositive() {
    assertThat(A.min(0.0, -0.0)).isEqualTo(-0.0);
    assertThat(A.max(-0.0, 0.0)).isEqualTo(0.0);
    assertThat(1 / A.min(0.0, -0.0)).isNegative();
    assertThat(1 / A.max(-0.0, 0.0)).isPositive();
  }

  @Test
  void roundingIsTheRoundingsOwn() {
    Rounding two = Rounding.of(2, Rounding.Mode.HALF_UP);
    assertThat(A.round(0.125, two)).isEqualTo(two.apply(0.125)).isEqualTo(0.13);
    assertThat(A.round(0.333333, Rounding.none())).isEqualTo(0.333333);
  }
}
