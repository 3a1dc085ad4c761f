package dev.okr.scoring;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * Student's t against its closed forms for 1 to 4 degrees of freedom, the incomplete beta function
 * against its closed forms, and log-gamma against known values, to the documented 1e-10.
 */
class StudentTPropertiesTest {
  private static final double EPS = 1e-10;

  /** P(T <= t) in closed form for 1, 2, 3 or 4 degrees of freedom. */
  private static double closedForm(double t, int df) {
    return switch (df) {
      case 1 -> 0.5 + Math.atan(t) / Math.PI;
      case 2 -> 0.5 + t / (2 * Math.sqrt(2 + t * t));
      case 3 -> 0.5 + (t / (Math.sqrt(3) * (1 + t * t / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI;
      default -> {
        double q = t * t / 4;
        yield 0.5 + 3.0 / 8 * t / Math.sqrt(1 + q) * (1 - q / (3 * (1 + q)));
      }
    };
  }

  @Test
  void theCdfIsTheClosedFormForFewDegreesOfFreedom() {
    qt().forAll(doubles().between(-40, 40), integers().between(1, 4))
        .checkAssert((t, df) -> assertThat(StudentT.cdf(t, df)).as("t=%s df=%s", t, df).isCloseTo(closedForm(t, df), within(EPS)));
  }

  @Test
  void theCdfAtKnownPoints() {
    assertThat(StudentT.cdf(0, 5)).isCloseTo(0.5, within(EPS));
    assertThat(StudentT.cdf(1, 1)).isCloseTo(0.75, within(EPS));
    assertThat(StudentT.cdf(-1, 1)).isCloseTo(0.25, within(EPS));
    // the 97.5% quantile of t with 10 degrees of freedom is 2.228138851986...
    assertThat(StudentT.cdf(2.2281388519649385, 10)).isCloseTo(0.975, within(EPS));
    assertThat(StudentT.cdf(-2.2281388519649385, 10)).isCloseTo(0.025, within(EPS));
    // the 95% quantile with 30 degrees of freedom is 1.697260886...
    assertThat(StudentT.cdf(1.6972608865939587, 30)).isCloseTo(0.95, within(EPS));
    assertThat(StudentT.cdf(Double.POSITIVE_INFINITY, 3)).isEqualTo(1.0);
    assertThat(StudentT.cdf(Double.NEGATIVE_INFINITY, 3)).isEqualTo(0.0);
  }

  @Test
  void theCdfIsSymmetricAndRises() {
    qt().forAll(doubles().between(0, 30), doubles().between(0.5, 200))
        .checkAssert((t, df) -> {
          assertThat(StudentT.cdf(t, df) + StudentT.cdf(-t, df)).isCloseTo(1.0, within(EPS));
          assertThat(StudentT.cdf(t + 0.5, df)).isGreaterThanOrEqualTo(StudentT.cdf(t, df));
        });
  }

  @Test
  void theRegularizedBetaIsItsClosedFormOnBothSidesOfItsSwitch() {
    qt().forAll(doubles().between(0.001, 0.999), doubles().between(0.2, 8))
        .checkAssert((x, a) -> {
          // I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b, with the fraction taken from either end
          assertThat(StudentT.regularizedBeta(x, a, 1)).isCloseTo(Math.pow(x, a), within(EPS));
          assertThat(StudentT.regularizedBeta(x, 1, a)).isCloseTo(1 - Math.pow(1 - x, a), within(EPS));
          assertThat(StudentT.regularizedBeta(x, a, a + 1) + StudentT.regularizedBeta(1 - x, a + 1, a)).isCloseTo(1, within(EPS));
        });
    assertThat(StudentT.regularizedBeta(0, 2, 3)).isEqualTo(0.0);
    assertThat(StudentT.regularizedBeta(-0.5, 2, 3)).isEqualTo(0.0);
    assertThat(StudentT.regularizedBeta(1, 2, 3)).isEqualTo(1.0);
    assertThat(StudentT.regularizedBeta(1.5, 2, 3)).isEqualTo(1.0);
    assertThat(StudentT.regularizedBeta(0.5, 3, 3)).isCloseTo(0.5, within(EPS));
  }

  @Test
  void logGammaOnBothSidesOfTheReflection() {
    assertThat(StudentT.logGamma(1)).isCloseTo(0, within(EPS));
    assertThat(StudentT.logGamma(2)).isCloseTo(0, within(EPS));
    assertThat(StudentT.logGamma(5)).isCloseTo(Math.log(24), within(EPS));
    assertThat(StudentT.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(EPS));
    // below 1/2 through the reflection formula: Gamma(1/4) = 3.6256099082219083, Gamma(0.1) = 9.513507698668732
    assertThat(StudentT.logGamma(0.25)).isCloseTo(Math.log(3.6256099082219083), within(EPS));
    assertThat(StudentT.logGamma(0.1)).isCloseTo(Math.log(9.513507698668732), within(EPS));
    // for negative z, the log of |Gamma(z)|: Gamma(-1/2) = -2 sqrt(pi)
    assertThat(StudentT.logGamma(-0.5)).isCloseTo(Math.log(2 * Math.sqrt(Math.PI)), within(EPS));
  }
}
