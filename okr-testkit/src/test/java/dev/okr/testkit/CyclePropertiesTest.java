package dev.okr.testkit;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Cycle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The laws of {@link Cycle}: elapsed fraction, text form, containment, and quarters in every zone. */
class CyclePropertiesTest {

  /** A day near the cycle: from a week before it to a week after it, or anywhere at all. */
  private static Gen<LocalDate> daysAround(Cycle cycle) {
    long span = cycle.lengthInDays() + 14;
    Gen<LocalDate> near = Generate.longRange(0, span - 1).map(d -> cycle.start().minusDays(7).plusDays(d));
    return near.mix(OkrGen.dates(), 20);
  }

  private static Gen<CycleAndDays> cyclesWithTwoDays() {
    return OkrGen.cycles().flatMap(c -> daysAround(c).flatMap(a -> daysAround(c).map(b -> new CycleAndDays(c, a, b))));
  }

  private record CycleAndDays(Cycle cycle, LocalDate a, LocalDate b) {}

  @Test
  void elapsedFractionIsZeroOnTheFirstDayOfACycleLongerThanADay() {
    qt().forAll(OkrGen.cycles())
        .assuming(c -> c.lengthInDays() > 1)
        .checkAssert(c -> assertThat(c.elapsedFraction(c.start())).isZero());
  }

  @Test
  void elapsedFractionIsOneOnTheLastDay() {
    qt().forAll(OkrGen.cycles()).checkAssert(c -> assertThat(c.elapsedFraction(c.end())).isEqualTo(1.0));
  }

  @Test
  void elapsedFractionLiesWithinZeroAndOneOnAnyDay() {
    qt().forAll(cyclesWithTwoDays()).checkAssert(x -> assertThat(x.cycle().elapsedFraction(x.a())).isBetween(0.0, 1.0));
  }

  @Test
  void elapsedFractionNeverDecreases() {
    qt().forAll(cyclesWithTwoDays()).checkAssert(x -> {
      LocalDate earlier = x.a().isBefore(x.b()) ? x.a() : x.b();
      LocalDate later = x.a().isBefore(x.b()) ? x.b() : x.a();
      assertThat(x.cycle().elapsedFraction(earlier)).isLessThanOrEqualTo(x.cycle().elapsedFraction(later));
    });
  }

  @Test
  void elapsedFractionGrowsByOneStepADayWithinTheCycle() {
    qt().forAll(OkrGen.cycles().flatMap(c -> OkrGen.datesIn(c).map(d -> new CycleAndDays(c, d, d))))
        .assuming(x -> x.cycle().lengthInDays() > 1)
        .checkAssert(x -> {
          Cycle c = x.cycle();
          double expected = (double) ChronoUnit.DAYS.between(c.start(), x.a()) / (c.lengthInDays() - 1);
          assertThat(c.elapsedFraction(x.a())).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12));
        });
  }

  @Test
  void theTextFormParsesBackToTheSameCycle() {
    qt().forAll(OkrGen.cycles()).checkAssert(c -> assertThat(Cycle.parse(c.toString())).isEqualTo(c));
    qt().forAll(OkrGen.quarters()).checkAssert(c -> assertThat(c.toString()).matches("\\d{4}-Q[1-4]"));
    qt().forAll(OkrGen.years()).checkAssert(c -> assertThat(c.toString()).matches("\\d{4}"));
    qt().forAll(OkrGen.customCycles()).checkAssert(c -> assertThat(c.toString()).matches("\\d{4}-\\d\\d-\\d\\d\\.\\.\\d{4}-\\d\\d-\\d\\d"));
  }

  @Test
  void containsAgreesWithStartAndEnd() {
    qt().forAll(cyclesWithTwoDays()).checkAssert(x -> {
      Cycle c = x.cycle();
      LocalDate d = x.a();
      assertThat(c.contains(d)).isEqualTo(!d.isBefore(c.start()) && !d.isAfter(c.end()));
    });
  }

  @Test
  void theQuarterOfAnInstantContainsItsDayInTheZone() {
    qt().forAll(OkrGen.instants(), OkrGen.zones()).checkAssert((instant, zone) -> {
      LocalDate day = instant.atZone(zone).toLocalDate();
      Cycle quarter = Cycle.quarterOf(instant, zone);
      assertThat(quarter.kind()).isEqualTo(Cycle.Kind.QUARTER);
      assertThat(quarter.contains(day)).isTrue();
      assertThat(quarter.contains(instant, zone)).isTrue();
      assertThat(quarter.elapsedFraction(instant, zone)).isEqualTo(quarter.elapsedFraction(day));
    });
  }

  @Test
  void quartersStartOnTheFirstOfJanuaryAprilJulyOrOctoberAndEndTheDayBeforeTheNext() {
    qt().forAll(OkrGen.instants(), OkrGen.zones()).checkAssert((instant, zone) -> {
      Cycle quarter = Cycle.quarterOf(instant, zone);
      assertThat(quarter.start().getDayOfMonth()).isOne();
      assertThat(quarter.start().getMonthValue()).isIn(1, 4, 7, 10);
      assertThat(quarter.end()).isEqualTo(quarter.start().plusMonths(3).minusDays(1));
      LocalDate day = instant.atZone(zone).toLocalDate();
      assertThat(day.getMonthValue() - quarter.start().getMonthValue()).isBetween(0, 2);
      assertThat(quarter.start().getYear()).isEqualTo(day.getYear());
    });
  }

  @Test
  void aDayBeforeAQuarterBelongsToThePreviousQuarter() {
    qt().forAll(OkrGen.quarters()).assuming(q -> q.start().getYear() > 0).checkAssert(q -> {
      Cycle previous = Cycle.quarterOf(q.start().minusDays(1));
      assertThat(previous.end()).isEqualTo(q.start().minusDays(1));
      assertThat(previous.contains(q.start())).isFalse();
      assertThat(Cycle.quarterOf(q.end())).isEqualTo(q);
    });
  }
}
