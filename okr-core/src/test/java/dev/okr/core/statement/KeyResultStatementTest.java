package dev.okr.core.statement;

import static dev.okr.core.MeasurementType.AT_LEAST;
import static dev.okr.core.MeasurementType.AT_MOST;
import static dev.okr.core.MeasurementType.DECREASE;
import static dev.okr.core.MeasurementType.INCREASE;
import static dev.okr.core.statement.Expected.statement;
import static dev.okr.core.statement.Missing.BASELINE;
import static dev.okr.core.statement.Missing.DEADLINE;
import static dev.okr.core.statement.Missing.NUMBER;
import static dev.okr.core.statement.Missing.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.Measurement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes of PRODUCT.md beyond the seeds' own sentences, one example each, read in full. */
class KeyResultStatementTest {
  private static final String P = "%";

  static Stream<Expected> shapes() {
    String s = "shape";
    return Stream.of(
        statement(s, "Increase paying customers from twelve to twenty")
            .direction(Direction.INCREASE).metric("paying customers")
            .baseline(12, null, "twelve").target(20, null, "twenty").missing(DEADLINE)
            .measurement(INCREASE, null, 12.0, 20.0),
        statement(s, "Reduce P1 incidents from 3 to zero")
            .direction(Direction.REACH_ZERO).metric("P1 incidents")
            .baseline(3, null, "3").target(0, null, "zero").missing(DEADLINE)
            .measurement(DECREASE, null, 3.0, 0.0),
        statement(s, "Keep p95 latency under 300 ms")
            .direction(Direction.AT_MOST).metric("p95 latency")
            .target(300, "milliseconds", "under 300 ms", Quantity.Bound.AT_MOST).missing(DEADLINE)
            .measurement(AT_MOST, "milliseconds", null, 300.0),
        statement(s, "Maintain churn at 2%")
            .direction(Direction.MAINTAIN).metric("churn")
            .target(2, P, "2%").missing(DEADLINE)
            .measurement(AT_MOST, P, null, 2.0),
        statement(s, "Get at least 2 deploys per day")
            .direction(Direction.AT_LEAST).metric("deploys")
            .target(2, "per day", "at least 2", Quantity.Bound.AT_LEAST).missing(DEADLINE)
            .measurement(AT_LEAST, "per day", null, 2.0),
        statement(s, "Achieve an NPS of 50 or above")
            .direction(Direction.AT_LEAST).metric("NPS")
            .target(50, null, "50 or above", Quantity.Bound.AT_LEAST).missing(DEADLINE)
            .measurement(AT_LEAST, null, null, 50.0),
        statement(s, "Increase ARR from €1.2M to €1.5M (stretch: €1.8M)")
            .direction(Direction.INCREASE).metric("ARR")
            .baseline(1_200_000, "EUR", "€1.2M").target(1_500_000, "EUR", "€1.5M")
            .stretch(1_800_000, "EUR", "€1.8M").missing(DEADLINE)
            .measurement(Measurement.builder().type(INCREASE).unit("EUR").baseline(1_200_000).target(1_500_000)
                .stretch(1_800_000).build()),
        statement(s, "Grow revenue 10% month-over-month")
            .direction(Direction.INCREASE).metric("revenue")
            .change(10, P, "10% month-over-month", "month-over-month")
            .relativeTarget(10, P, "10% month-over-month").missing(DEADLINE)
            .measurement(INCREASE, "% of baseline", 100.0, 110.0),
        statement(s, "Grow ARR 2x")
            .direction(Direction.INCREASE).metric("ARR")
            .change(100, P, "2x").relativeTarget(2, "x", "2x").missing(DEADLINE)
            .measurement(INCREASE, "% of baseline", 100.0, 200.0),
        statement(s, "Reduce MTTR from 2 hours to 30 minutes")
            .direction(Direction.DECREASE).metric("MTTR")
            .baseline(2, "hours", "2 hours").target(30, "minutes", "30 minutes").missing(DEADLINE)
            .measurement(DECREASE, "minutes", 120.0, 30.0),
        statement(s, "KR1: Increase NPS to 60 (42 today)")
            .verb("Increase").direction(Direction.INCREASE).metric("NPS")
            .baseline(42, null, "42").target(60, null, "60").missing(DEADLINE)
            .measurement(INCREASE, null, 42.0, 60.0),
        statement(s, "Increase conversion (currently 14%) to 25%")
            .direction(Direction.INCREASE).metric("conversion")
            .baseline(14, P, "14%").target(25, P, "25%").missing(DEADLINE)
            .measurement(INCREASE, P, 14.0, 25.0),
        statement(s, "Activation rate: 22% → 35%")
            .noVerb().direction(Direction.INCREASE).metric("Activation rate")
            .baseline(22, P, "22%").target(35, P, "35%").missing(DEADLINE)
            .measurement(INCREASE, P, 22.0, 35.0),
        statement(s, "Increase signups by 1,500 from 10,000")
            .direction(Direction.INCREASE).metric("signups")
            .change(1500, null, "by 1,500")
            .relativeTarget(1500, null, "1,500").baseline(10_000, null, "10,000").missing(DEADLINE)
            .measurement(INCREASE, null, 10_000.0, 11_500.0),
        statement(s, "Raise NPS by 10 points")
            .direction(Direction.INCREASE).metric("NPS")
            .change(10, "points", "by 10 points").relativeTarget(10, "points", "10 points").missing(DEADLINE)
            .measurement(INCREASE, "points", null, null),
        statement(s, "Double weekly signups")
            .direction(Direction.INCREASE).metric("weekly signups")
            .change(100, P, "Double").relativeTarget(2, "x", "Double").missing(DEADLINE)
            .measurement(INCREASE, "% of baseline", 100.0, 200.0),
        statement(s, "Triple the number of resellers")
            .direction(Direction.INCREASE).metric("number of resellers")
            .change(200, P, "Triple").relativeTarget(3, "x", "Triple").missing(DEADLINE)
            .measurement(INCREASE, "% of baseline", 100.0, 300.0),
        statement(s, "Grow partner revenue 3\u00D7 year-over-year")
            .direction(Direction.INCREASE).metric("partner revenue")
            .change(200, P, "3\u00D7 year-over-year", "year-over-year")
            .relativeTarget(3, "x", "3\u00D7 year-over-year").missing(DEADLINE)
            .measurement(INCREASE, "% of baseline", 100.0, 300.0),
        statement(s, "Cut cloud costs 2x")
            .direction(Direction.DECREASE).metric("cloud costs")
            .change(-50, P, "2x").relativeTarget(0.5, "x", "2x").missing(DEADLINE)
            .measurement(DECREASE, "% of baseline", 100.0, 50.0),
        statement(s, "Checkout errors on mobile halved before GA")
            .noVerb().direction(Direction.DECREASE).metric("Checkout errors on mobile")
            .change(-50, P, "halved").relativeTarget(-50, P, "halved").deadline("before GA").missing()
            .measurement(DECREASE, "% of baseline", 100.0, 50.0),
        statement(s, "Corporate matching-gift revenue doubled")
            .noVerb().direction(Direction.INCREASE).metric("Corporate matching-gift revenue")
            .change(100, P, "doubled").relativeTarget(2, "x", "doubled").missing(DEADLINE)
            .measurement(INCREASE, "% of baseline", 100.0, 200.0),
        statement(s, "Cut churn in half")
            .direction(Direction.DECREASE).metric("churn")
            .change(-50, P, "in half").relativeTarget(-50, P, "half").missing(DEADLINE)
            .measurement(DECREASE, "% of baseline", 100.0, 50.0),
        statement(s, "Cut support tickets in half by 2026-H1")
            .direction(Direction.DECREASE).metric("support tickets")
            .change(-50, P, "in half").relativeTarget(-50, P, "half").deadline("by 2026-H1").missing()
            .measurement(DECREASE, "% of baseline", 100.0, 50.0),
        statement(s, "Halve time to first value")
            .direction(Direction.DECREASE).metric("time to first value")
            .change(-50, P, "Halve").relativeTarget(-50, P, "Halve").missing(DEADLINE)
            .measurement(DECREASE, "% of baseline", 100.0, 50.0),
        statement(s, "- Reducing churn from 5% to 3%")
            .verb("Reducing").direction(Direction.DECREASE).metric("churn")
            .baseline(5, P, "5%").target(3, P, "3%").missing(DEADLINE)
            .measurement(DECREASE, P, 5.0, 3.0),
        statement(s, "Roll out SSO to 50% of enterprise accounts")
            .verb("Roll out").direction(Direction.ACHIEVE).metric("SSO")
            .target(50, P, "50%").missing(BASELINE, DEADLINE).kind(StatementKind.OUTPUT)
            .measurement(INCREASE, P, null, 50.0),
        statement(s, "Increase revenue from $10k to $15k per month")
            .direction(Direction.INCREASE).metric("revenue")
            .baseline(10_000, "USD per month", "$10k").target(15_000, "USD per month", "$15k per month")
            .missing(DEADLINE).measurement(INCREASE, "USD per month", 10_000.0, 15_000.0),
        statement(s, "Cut cloud costs to at most $5,000 per month")
            .direction(Direction.DECREASE).metric("cloud costs")
            .target(5_000, "USD per month", "at most $5,000 per month", Quantity.Bound.AT_MOST)
            .missing(BASELINE, DEADLINE).measurement(DECREASE, "USD per month", null, 5_000.0),
        statement(s, "Increase Day 30 retention to 40% by March 31, 2027")
            .direction(Direction.INCREASE).metric("Day 30 retention")
            .target(40, P, "40%").deadline("by March 31, 2027").missing(BASELINE)
            .measurement(INCREASE, P, null, 40.0),
        statement(s, "Increase NPS from 42 to 60 in Q3 2026")
            .direction(Direction.INCREASE).metric("NPS")
            .baseline(42, null, "42").target(60, null, "60").deadline("in Q3 2026").missing()
            .measurement(INCREASE, null, 42.0, 60.0),
        statement(s, "Increase NPS from 42 to 60 before the board meeting")
            .direction(Direction.INCREASE).metric("NPS")
            .baseline(42, null, "42").target(60, null, "60").deadline("before the board meeting").missing()
            .measurement(INCREASE, null, 42.0, 60.0),
        statement(s, "Get 1,000 beta users within the next 6 weeks")
            .direction(Direction.ACHIEVE).metric("beta users")
            .target(1_000, null, "1,000").deadline("within the next 6 weeks").missing(BASELINE)
            .measurement(INCREASE, null, null, 1_000.0),
        statement(s, "Reduce latency from 800ms to 200ms")
            .direction(Direction.DECREASE).metric("latency")
            .baseline(800, "milliseconds", "800ms").target(200, "milliseconds", "200ms").missing(DEADLINE)
            .measurement(DECREASE, "milliseconds", 800.0, 200.0),
        statement(s, "Improve CSAT from 3.9/5 to 4.5/5")
            .direction(Direction.INCREASE).metric("CSAT")
            .baseline(3.9, "out of 5", "3.9/5").target(4.5, "out of 5", "4.5/5").missing(DEADLINE)
            .measurement(INCREASE, "out of 5", 3.9, 4.5),
        statement(s, "Lift average rating from 4.1 to 4.6 stars")
            .direction(Direction.INCREASE).metric("average rating")
            .baseline(4.1, "stars", "4.1").target(4.6, "stars", "4.6 stars").missing(DEADLINE)
            .measurement(INCREASE, "stars", 4.1, 4.6),
        statement(s, "Lift retention from 30 percent to 40 percent")
            .direction(Direction.INCREASE).metric("retention")
            .baseline(30, P, "30 percent").target(40, P, "40 percent").missing(DEADLINE)
            .measurement(INCREASE, P, 30.0, 40.0),
        statement(s, "Decrease error rate from 1.5 % to 0.5 %")
            .direction(Direction.DECREASE).metric("error rate")
            .baseline(1.5, P, "1.5 %").target(0.5, P, "0.5 %").missing(DEADLINE)
            .measurement(DECREASE, P, 1.5, 0.5),
        statement(s, "Improve net margin from -5% to 3%")
            .direction(Direction.INCREASE).metric("net margin")
            .baseline(-5, P, "-5%").target(3, P, "3%").missing(DEADLINE)
            .measurement(INCREASE, P, -5.0, 3.0),
        statement(s, "Reduce churn from 5% to 3% (stretch 2%)")
            .direction(Direction.DECREASE).metric("churn")
            .baseline(5, P, "5%").target(3, P, "3%").stretch(2, P, "2%").missing(DEADLINE)
            .measurement(Measurement.builder().type(DECREASE).unit(P).baseline(5).target(3).stretch(2).build()),
        statement(s, "Hire two senior engineers")
            .direction(Direction.ACHIEVE).metric("senior engineers")
            .target(2, null, "two").missing(BASELINE, DEADLINE).kind(StatementKind.OUTPUT)
            .measurement(INCREASE, null, null, 2.0),
        statement(s, "Monitor NPS monthly")
            .metric("NPS monthly").missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.KPI),
        statement(s, "Reduce onboarding time by half")
            .direction(Direction.DECREASE).metric("onboarding time")
            .change(-50, P, "by half").relativeTarget(-50, P, "half").missing(DEADLINE)
            .measurement(DECREASE, "% of baseline", 100.0, 50.0),
        statement(s, "Grow MRR by $20k per month")
            .direction(Direction.INCREASE).metric("MRR")
            .change(20_000, "USD per month", "by $20k per month")
            .relativeTarget(20_000, "USD per month", "$20k per month").missing(DEADLINE)
            .measurement(INCREASE, "USD per month", null, null),
        statement(s, "Increase conversion rate from 2.5% to 4% by 31 March 2027")
            .direction(Direction.INCREASE).metric("conversion rate")
            .baseline(2.5, P, "2.5%").target(4, P, "4%").deadline("by 31 March 2027").missing()
            .measurement(INCREASE, P, 2.5, 4.0),
        statement(s, "Get NPS above 50 by Q4 2026 for enterprise accounts")
            .direction(Direction.AT_LEAST).metric("NPS")
            .target(50, null, "above 50", Quantity.Bound.AT_LEAST).deadline("by Q4 2026").missing()
            .measurement(AT_LEAST, null, null, 50.0),
        statement(s, "NPS ≥ 50")
            .noVerb().direction(Direction.AT_LEAST).metric("NPS")
            .target(50, null, "≥ 50", Quantity.Bound.AT_LEAST).missing(DEADLINE)
            .measurement(AT_LEAST, null, null, 50.0),
        statement(s, "Cut MTTR from 2h to 30m")
            .direction(Direction.DECREASE).metric("MTTR")
            .baseline(2, "hours", "2h").target(30, "minutes", "30m").missing(DEADLINE)
            .measurement(DECREASE, "minutes", 120.0, 30.0),
        statement(s, "Increase weekly active users to 1.2 million")
            .direction(Direction.INCREASE).metric("weekly active users")
            .target(1_200_000, null, "1.2 million").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, null, null, 1_200_000.0),
        statement(s, "Keep uptime above 99.9% (stretch: 99.95%)")
            .direction(Direction.AT_LEAST).metric("uptime")
            .target(99.9, P, "above 99.9%", Quantity.Bound.AT_LEAST).stretch(99.95, P, "99.95%").missing(DEADLINE)
            .measurement(Measurement.builder().type(AT_LEAST).unit(P).target(99.9).stretch(99.95).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void readsAsExpected(Expected expected) {
    expected.check();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "%%%", "from to by", "$", "-", "[", "[]", "[ ] ", "1.", "KR1:", "by Q3", "within",
      "100000000000000000000000%", "0.000000000000000000000000001%", "Increase from 1,000,000,000,000,000 to 2",
      "Reduce churn by", "to under", "at least", "(((((", ")))))", "$$$$1", "--5", "Increase NPS from 42 to 42",
      "Reduce churn from 3% to 5%", "Increase from 5 hours to 30 percent", "Reduce [X] by [Y]", "1,2,3,4",
      "Q3 Q3 Q3 by by by", "\u0000\uFFFF\uD800", "Achieve 50% (stretch: 40%)", "Keep churn under 2% (stretch 3%)",
      "Reduce costs from $5 to €4", "zero zero zero", "one of the best", "x", "2x 3x 4x", "20 20 20 20"})
  void oddTextStillReads(String text) {
    KeyResultStatement s = KeyResultStatement.parse(text);
    assertThat(s.text()).isEqualTo(text);
    Spans.check(s);
  }

  @Test
  void aStretchOnTheWrongSideIsKeptInTheStatementButLeftOutOfTheMeasurement() {
    KeyResultStatement s = KeyResultStatement.parse("Increase NPS from 42 to 60 (stretch: 55)");
    assertThat(s.stretch()).map(Quantity::value).hasValue(55.0);
    assertThat(s.measurement()).hasValue(Measurement.increase(42, 60));
  }

  @Test
  void numbersThatContradictTheVerbDecideTheDirection() {
    KeyResultStatement s = KeyResultStatement.parse("Increase churn from 5% to 3%");
    assertThat(s.verb()).map(Phrase::text).hasValue("Increase");
    assertThat(s.direction()).hasValue(Direction.DECREASE);
    assertThat(s.verbDirection()).as("the verb's own way").hasValue(Direction.INCREASE);
  }

  @Test
  void theVerbDirectionIsTheVerbClasss() {
    assertThat(KeyResultStatement.parse("Reduce churn to 8% (from 5%)").verbDirection()).hasValue(Direction.DECREASE);
    assertThat(KeyResultStatement.parse("Halve time to first value").verbDirection()).hasValue(Direction.DECREASE);
    assertThat(KeyResultStatement.parse("Keep uptime above 99.9%").verbDirection()).hasValue(Direction.MAINTAIN);
    assertThat(KeyResultStatement.parse("Improve latency from 400 to 200 ms").verbDirection()).hasValue(Direction.INCREASE);
    assertThat(KeyResultStatement.parse("Achieve 60% adoption").verbDirection()).isEmpty();
    assertThat(KeyResultStatement.parse("Launch the new dashboard").verbDirection()).isEmpty();
    assertThat(KeyResultStatement.parse("Churn <3%").verbDirection()).isEmpty();
  }

  @Test
  void aBaselineInOtherUnitsIsNotComparedOrMeasured() {
    KeyResultStatement s = KeyResultStatement.parse("Increase revenue from 5% to $40");
    assertThat(s.direction()).hasValue(Direction.INCREASE);
    assertThat(s.measurement()).hasValue(Measurement.builder().type(INCREASE).unit("USD").target(40).build());
  }

  @Test
  void parsingIsRepeatableAndStatementsCompareByValue() {
    String text = "Reduce churn rate from 5% to 3% by end of Q3";
    assertThat(KeyResultStatement.parse(text)).isEqualTo(KeyResultStatement.parse(text))
        .hasSameHashCodeAs(KeyResultStatement.parse(text));
  }

  @Test
  void aNullTextIsAProgrammingError() {
    assertThatThrownBy(() -> KeyResultStatement.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}
