package dev.okr.core.statement;

import static dev.okr.core.MeasurementType.AT_LEAST;
import static dev.okr.core.MeasurementType.DECREASE;
import static dev.okr.core.MeasurementType.INCREASE;
import static dev.okr.core.statement.Expected.statement;
import static dev.okr.core.statement.Missing.BASELINE;
import static dev.okr.core.statement.Missing.DEADLINE;
import static dev.okr.core.statement.Missing.NUMBER;
import static dev.okr.core.statement.Missing.TARGET;
import static dev.okr.core.statement.Quantity.Bound.AT_MOST;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key-result sentence of the five seed documents, and the objectives and non-key-results
 * they set against them, read with the exact expected parts and measurement (issue 3).
 *
 * <p>Deliberate readings, also documented on the types: a measured rollout ("Launch feature X to
 * 100% of paying users") and a count of interviews or sprint items are {@link StatementKind#OUTPUT}
 * with their numbers still read; a task with no number is {@link StatementKind#TASK} and binary;
 * "zero … for two consecutive sprints" is binary; a relative change is a measurement on an index
 * where the start is 100.
 */
class SeedStatementsTest {
  private static final String P = "%";
  private static final String OF_BASELINE = "% of baseline";

  static Stream<Expected> seed000() {
    String s = "seed 000";
    return Stream.of(
        statement(s, "Increase Day 7 retention rate from 30% to 45%.")
            .direction(Direction.INCREASE).metric("Day 7 retention rate")
            .baseline(30, P, "30%").target(45, P, "45%").missing(DEADLINE)
            .measurement(INCREASE, P, 30.0, 45.0),
        statement(s, "Reduce average time to complete onboarding from 10 mins to 6 mins.")
            .direction(Direction.DECREASE).metric("average time to complete onboarding")
            .baseline(10, "minutes", "10 mins").target(6, "minutes", "6 mins").missing(DEADLINE)
            .measurement(DECREASE, "minutes", 10.0, 6.0),
        statement(s, "Achieve 80% user satisfaction in post-onboarding survey.")
            .direction(Direction.ACHIEVE).metric("user satisfaction in post-onboarding survey")
            .target(80, P, "80%").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, P, null, 80.0),
        statement(s, "Increase NPS from 42 to 60.")
            .direction(Direction.INCREASE).metric("NPS")
            .baseline(42, null, "42").target(60, null, "60").missing(DEADLINE)
            .measurement(INCREASE, null, 42.0, 60.0),
        statement(s, "Reduce churn rate from 5% to 3%.")
            .direction(Direction.DECREASE).metric("churn rate")
            .baseline(5, P, "5%").target(3, P, "3%").missing(DEADLINE)
            .measurement(DECREASE, P, 5.0, 3.0),
        // A rollout with a measured reach: the seed's "good" example, read as an output (StatementKind).
        statement(s, "Launch feature X to 100% of paying users.")
            .direction(Direction.ACHIEVE).metric("feature X")
            .target(100, P, "100%").missing(BASELINE, DEADLINE).kind(StatementKind.OUTPUT)
            .measurement(INCREASE, P, null, 100.0),
        statement(s, "Launch new dashboard.")
            .direction(Direction.ACHIEVE).metric("new dashboard")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "80% of users interact with the new dashboard weekly.")
            .noVerb().direction(Direction.ACHIEVE).metric("users interact with the new dashboard weekly")
            .target(80, P, "80%").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, P, null, 80.0),
        statement(s, "60% of content creators use the assistant weekly.")
            .noVerb().direction(Direction.ACHIEVE).metric("content creators use the assistant weekly")
            .target(60, P, "60%").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, P, null, 60.0),
        statement(s, "CSAT score for the assistant is 4.5/5.")
            .noVerb().direction(Direction.ACHIEVE).metric("CSAT score for the assistant")
            .target(4.5, "out of 5", "4.5/5").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, "out of 5", null, 4.5),
        statement(s, "Reduce bounce rate on the assistant interface from 35% to 15%.")
            .direction(Direction.DECREASE).metric("bounce rate on the assistant interface")
            .baseline(35, P, "35%").target(15, P, "15%").missing(DEADLINE)
            .measurement(DECREASE, P, 35.0, 15.0),
        statement(s, "Increase 90-day retention from 50% to 65%.")
            .direction(Direction.INCREASE).metric("90-day retention")
            .baseline(50, P, "50%").target(65, P, "65%").missing(DEADLINE)
            .measurement(INCREASE, P, 50.0, 65.0),
        statement(s, "Reduce support ticket volume by 25%.")
            .direction(Direction.DECREASE).metric("support ticket volume")
            .change(-25, P, "by 25%").relativeTarget(-25, P, "25%").missing(DEADLINE)
            .measurement(DECREASE, OF_BASELINE, 100.0, 75.0),
        statement(s, "Introduce 2 new self-service features by Q3.")
            .direction(Direction.ACHIEVE).metric("new self-service features")
            .target(2, null, "2").deadline("by Q3").missing(BASELINE).kind(StatementKind.OUTPUT)
            .measurement(INCREASE, null, null, 2.0),
        statement(s, "More page views")
            .direction(Direction.INCREASE).metric("page views")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        // The seed's objectives, good and bad.
        statement(s, "Improve user onboarding experience.")
            .direction(Direction.INCREASE).metric("user onboarding experience")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Increase usage of the new AI writing assistant.")
            .direction(Direction.INCREASE).metric("usage of the new AI writing assistant")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Boost retention of mid-tier customers.")
            .direction(Direction.INCREASE).metric("retention of mid-tier customers")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Fix onboarding.")
            .direction(Direction.ACHIEVE).metric("onboarding")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Delight new users with a seamless onboarding experience.")
            .noVerb().metric("Delight new users with a seamless onboarding experience")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.UNCLEAR));
  }

  static Stream<Expected> seed001() {
    String s = "seed 001";
    return Stream.of(
        statement(s, "Reduce median time-to-first-key-action from 14 days to 7 days")
            .direction(Direction.DECREASE).metric("median time-to-first-key-action")
            .baseline(14, "days", "14 days").target(7, "days", "7 days").missing(DEADLINE)
            .measurement(DECREASE, "days", 14.0, 7.0),
        statement(s, "Increase onboarding completion rate from 38% to 65%")
            .direction(Direction.INCREASE).metric("onboarding completion rate")
            .baseline(38, P, "38%").target(65, P, "65%").missing(DEADLINE)
            .measurement(INCREASE, P, 38.0, 65.0),
        statement(s, "Reduce support tickets related to getting-started issues by 40%")
            .direction(Direction.DECREASE).metric("support tickets related to getting-started issues")
            .change(-40, P, "by 40%").relativeTarget(-40, P, "40%").missing(DEADLINE)
            .measurement(DECREASE, OF_BASELINE, 100.0, 60.0),
        statement(s, "Increase weekly active users (WAU) from 10,000 to 15,000")
            .direction(Direction.INCREASE).metric("weekly active users (WAU)")
            .baseline(10_000, null, "10,000").target(15_000, null, "15,000").missing(DEADLINE)
            .measurement(INCREASE, null, 10_000.0, 15_000.0),
        statement(s, "Raise 30-day retention rate from 45% to 60%")
            .direction(Direction.INCREASE).metric("30-day retention rate")
            .baseline(45, P, "45%").target(60, P, "60%").missing(DEADLINE)
            .measurement(INCREASE, P, 45.0, 60.0),
        statement(s, "Achieve a Net Promoter Score (NPS) of 50 or above, up from 32")
            .direction(Direction.INCREASE).metric("Net Promoter Score (NPS)")
            .baseline(32, null, "32").target(50, null, "50 or above", Quantity.Bound.AT_LEAST).missing(DEADLINE)
            .measurement(INCREASE, null, 32.0, 50.0),
        statement(s, "Reach 500 paid subscribers on the new tier within 60 days of launch")
            .direction(Direction.ACHIEVE).metric("paid subscribers on the new tier")
            .target(500, null, "500").deadline("within 60 days of launch").missing(BASELINE)
            .measurement(INCREASE, null, null, 500.0),
        statement(s, "Achieve a trial-to-paid conversion rate of 25%, up from 14%")
            .direction(Direction.INCREASE).metric("trial-to-paid conversion rate")
            .baseline(14, P, "14%").target(25, P, "25%").missing(DEADLINE)
            .measurement(INCREASE, P, 14.0, 25.0),
        // Counts interviews the team holds: an output, though the seed lists it as a key result.
        statement(s, "Secure 20 customer case study interviews within 90 days post-launch")
            .direction(Direction.ACHIEVE).metric("customer case study interviews")
            .target(20, null, "20").deadline("within 90 days post-launch").missing(BASELINE)
            .kind(StatementKind.OUTPUT).measurement(INCREASE, null, null, 20.0),
        statement(s, "Reduce critical bug rate by 60% over the quarter")
            .direction(Direction.DECREASE).metric("critical bug rate")
            .change(-60, P, "by 60%").relativeTarget(-60, P, "60%").deadline("over the quarter").missing()
            .measurement(DECREASE, OF_BASELINE, 100.0, 40.0),
        statement(s, "Achieve a Customer Satisfaction Score (CSAT) of 90%, up from 74%")
            .direction(Direction.INCREASE).metric("Customer Satisfaction Score (CSAT)")
            .baseline(74, P, "74%").target(90, P, "90%").missing(DEADLINE)
            .measurement(INCREASE, P, 74.0, 90.0),
        statement(s, "Reduce mean time to resolution (MTTR) for P1 issues from 48 hours to 8 hours")
            .direction(Direction.DECREASE).metric("mean time to resolution (MTTR) for P1 issues")
            .baseline(48, "hours", "48 hours").target(8, "hours", "8 hours").missing(DEADLINE)
            .measurement(DECREASE, "hours", 48.0, 8.0),
        statement(s, "Reduce average feature cycle time from 6 weeks to 3.5 weeks")
            .direction(Direction.DECREASE).metric("average feature cycle time")
            .baseline(6, "weeks", "6 weeks").target(3.5, "weeks", "3.5 weeks").missing(DEADLINE)
            .measurement(DECREASE, "weeks", 6.0, 3.5),
        statement(s, "Achieve zero critical defects released to production for two consecutive sprints")
            .direction(Direction.REACH_ZERO)
            .metric("critical defects released to production for two consecutive sprints")
            .target(0, null, "zero").missing(DEADLINE).binary(),
        // Counts the team's own sprint items: an output.
        statement(s, "Complete 90% of committed sprint items on schedule, up from 65%")
            .direction(Direction.INCREASE).metric("committed sprint items on schedule")
            .baseline(65, P, "65%").target(90, P, "90%").missing(DEADLINE).kind(StatementKind.OUTPUT)
            .measurement(INCREASE, P, 65.0, 90.0),
        statement(s, "Increase feature adoption rate among free users from 20% to 45%")
            .direction(Direction.INCREASE).metric("feature adoption rate among free users")
            .baseline(20, P, "20%").target(45, P, "45%").missing(DEADLINE)
            .measurement(INCREASE, P, 20.0, 45.0),
        statement(s, "Achieve 300 product-qualified leads (PQLs) per month, up from 120")
            .direction(Direction.INCREASE).metric("product-qualified leads (PQLs)")
            .baseline(120, "per month", "120").target(300, "per month", "300").missing(DEADLINE)
            .measurement(INCREASE, "per month", 120.0, 300.0),
        statement(s, "Grow expansion revenue from existing accounts by 25% through in-product upsell paths")
            .direction(Direction.INCREASE).metric("expansion revenue from existing accounts")
            .change(25, P, "by 25%").relativeTarget(25, P, "25%").missing(DEADLINE)
            .measurement(INCREASE, OF_BASELINE, 100.0, 125.0),
        // The activity-based objective it warns against, and the outcome-based one it recommends.
        statement(s, "launch feature X")
            .direction(Direction.ACHIEVE).metric("feature X")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "reduce onboarding friction so new users reach value faster")
            .direction(Direction.DECREASE).metric("onboarding friction so new users reach value faster")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE));
  }

  static Stream<Expected> seed002() {
    String s = "seed 002";
    return Stream.of(
        statement(s, "raise activation from 45% to 60%")
            .direction(Direction.INCREASE).metric("activation")
            .baseline(45, P, "45%").target(60, P, "60%").missing(DEADLINE)
            .measurement(INCREASE, P, 45.0, 60.0),
        statement(s, "reduce onboarding time from 5 minutes to 3")
            .direction(Direction.DECREASE).metric("onboarding time")
            .baseline(5, "minutes", "5 minutes").target(3, "minutes", "3").missing(DEADLINE)
            .measurement(DECREASE, "minutes", 5.0, 3.0),
        statement(s, "Increase first-time user activation rate")
            .direction(Direction.INCREASE).metric("first-time user activation rate")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Ship onboarding redesign.")
            .direction(Direction.ACHIEVE).metric("onboarding redesign")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Improve new user activation rate.")
            .direction(Direction.INCREASE).metric("new user activation rate")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Complete onboarding redesign by end of quarter.")
            .direction(Direction.ACHIEVE).metric("onboarding redesign").deadline("by end of quarter")
            .missing(NUMBER, TARGET).kind(StatementKind.TASK).binary(),
        statement(s, "Increase activation rate from 40% to 60%")
            .direction(Direction.INCREASE).metric("activation rate")
            .baseline(40, P, "40%").target(60, P, "60%").missing(DEADLINE)
            .measurement(INCREASE, P, 40.0, 60.0),
        statement(s, "Reduce average onboarding time from 6 to 3 minutes")
            .direction(Direction.DECREASE).metric("average onboarding time")
            .baseline(6, "minutes", "6").target(3, "minutes", "3 minutes").missing(DEADLINE)
            .measurement(DECREASE, "minutes", 6.0, 3.0),
        statement(s, "Achieve 90% user satisfaction score on onboarding survey")
            .direction(Direction.ACHIEVE).metric("user satisfaction score on onboarding survey")
            .target(90, P, "90%").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, P, null, 90.0),
        statement(s, "Delight new users with onboarding")
            .noVerb().metric("Delight new users with onboarding")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.UNCLEAR));
  }

  static Stream<Expected> seed003() {
    String s = "seed 003";
    return Stream.of(
        statement(s, "Increase Day-7 activation from 22% to 35%")
            .direction(Direction.INCREASE).metric("Day-7 activation")
            .baseline(22, P, "22%").target(35, P, "35%").missing(DEADLINE)
            .measurement(INCREASE, P, 22.0, 35.0),
        statement(s, "Increase Day-7 activation rate from 22% to 35%.")
            .direction(Direction.INCREASE).metric("Day-7 activation rate")
            .baseline(22, P, "22%").target(35, P, "35%").missing(DEADLINE)
            .measurement(INCREASE, P, 22.0, 35.0),
        statement(s, "Reduce median time-to-first-value from 45 minutes to under 12 minutes.")
            .direction(Direction.DECREASE).metric("median time-to-first-value")
            .baseline(45, "minutes", "45 minutes").target(12, "minutes", "under 12 minutes", AT_MOST)
            .missing(DEADLINE).measurement(DECREASE, "minutes", 45.0, 12.0),
        statement(s, "Decrease onboarding-related support tickets by 40%.")
            .direction(Direction.DECREASE).metric("onboarding-related support tickets")
            .change(-40, P, "by 40%").relativeTarget(-40, P, "40%").missing(DEADLINE)
            .measurement(DECREASE, OF_BASELINE, 100.0, 60.0),
        statement(s, "Improve W4 retention from 31% to 42%.")
            .direction(Direction.INCREASE).metric("W4 retention")
            .baseline(31, P, "31%").target(42, P, "42%").missing(DEADLINE)
            .measurement(INCREASE, P, 31.0, 42.0),
        statement(s, "Increase the percentage of users with 3+ weekly sessions from 18% to 30%.")
            .direction(Direction.INCREASE).metric("percentage of users with 3+ weekly sessions")
            .baseline(18, P, "18%").target(30, P, "30%").missing(DEADLINE)
            .measurement(INCREASE, P, 18.0, 30.0),
        statement(s, "Raise NPS from 38 to 50.")
            .direction(Direction.INCREASE).metric("NPS")
            .baseline(38, null, "38").target(50, null, "50").missing(DEADLINE)
            .measurement(INCREASE, null, 38.0, 50.0),
        statement(s, "Reduce average deploy time from 28 minutes to under 8 minutes.")
            .direction(Direction.DECREASE).metric("average deploy time")
            .baseline(28, "minutes", "28 minutes").target(8, "minutes", "under 8 minutes", AT_MOST)
            .missing(DEADLINE).measurement(DECREASE, "minutes", 28.0, 8.0),
        statement(s, "Achieve 99.95% deploy success rate (up from 97.2%).")
            .direction(Direction.INCREASE).metric("deploy success rate")
            .baseline(97.2, P, "97.2%").target(99.95, P, "99.95%").missing(DEADLINE)
            .measurement(INCREASE, P, 97.2, 99.95),
        statement(s, "Get 80% of teams running at least 2 deploys per day (up from 35%).")
            .direction(Direction.INCREASE).metric("teams running at least 2 deploys per day")
            .baseline(35, P, "35%").target(80, P, "80%").missing(DEADLINE)
            .measurement(INCREASE, P, 35.0, 80.0),
        statement(s, "Increase net revenue retention from 105% to 118%.")
            .direction(Direction.INCREASE).metric("net revenue retention")
            .baseline(105, P, "105%").target(118, P, "118%").missing(DEADLINE)
            .measurement(INCREASE, P, 105.0, 118.0),
        statement(s, "Grow seat expansion revenue by 25% quarter-over-quarter.")
            .direction(Direction.INCREASE).metric("seat expansion revenue")
            .change(25, P, "by 25% quarter-over-quarter", "quarter-over-quarter")
            .relativeTarget(25, P, "25% quarter-over-quarter").missing(DEADLINE)
            .measurement(INCREASE, OF_BASELINE, 100.0, 125.0),
        statement(s, "Achieve 60%+ response rate on quarterly business reviews.")
            .direction(Direction.AT_LEAST).metric("response rate on quarterly business reviews")
            .target(60, P, "60%+", Quantity.Bound.AT_LEAST).missing(DEADLINE)
            .measurement(AT_LEAST, P, null, 60.0),
        statement(s, "Reduce hallucination rate from 12% to under 3% on core workflows.")
            .direction(Direction.DECREASE).metric("hallucination rate")
            .baseline(12, P, "12%").target(3, P, "under 3%", AT_MOST).missing(DEADLINE)
            .measurement(DECREASE, P, 12.0, 3.0),
        statement(s, "Increase AI feature weekly active usage from 8% to 25% of the user base.")
            .direction(Direction.INCREASE).metric("AI feature weekly active usage")
            .baseline(8, P, "8%").target(25, P, "25%").missing(DEADLINE)
            .measurement(INCREASE, P, 8.0, 25.0),
        statement(s, "Achieve a user-reported accuracy satisfaction score of 4.2+ out of 5.")
            .direction(Direction.AT_LEAST).metric("user-reported accuracy satisfaction score")
            .target(4.2, "out of 5", "4.2+ out of 5", Quantity.Bound.AT_LEAST).missing(DEADLINE)
            .measurement(AT_LEAST, "out of 5", null, 4.2),
        statement(s, "Increase NRR to 118%.")
            .direction(Direction.INCREASE).metric("NRR")
            .target(118, P, "118%").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, P, null, 118.0),
        statement(s, "Reduce time-to-first-insight from 45 minutes to under 10 minutes")
            .direction(Direction.DECREASE).metric("time-to-first-insight")
            .baseline(45, "minutes", "45 minutes").target(10, "minutes", "under 10 minutes", AT_MOST)
            .missing(DEADLINE).measurement(DECREASE, "minutes", 45.0, 10.0),
        statement(s, "Increase activation rate from 22% to 35% this quarter.")
            .direction(Direction.INCREASE).metric("activation rate")
            .baseline(22, P, "22%").target(35, P, "35%").deadline("this quarter").missing()
            .measurement(INCREASE, P, 22.0, 35.0),
        statement(s, "Increase Day-7 activation rate from 22% to 35% by end of Q2.")
            .direction(Direction.INCREASE).metric("Day-7 activation rate")
            .baseline(22, P, "22%").target(35, P, "35%").deadline("by end of Q2").missing()
            .measurement(INCREASE, P, 22.0, 35.0),
        statement(s, "Reduce customer support tickets about billing by 40%")
            .direction(Direction.DECREASE).metric("customer support tickets about billing")
            .change(-40, P, "by 40%").relativeTarget(-40, P, "40%").missing(DEADLINE)
            .measurement(DECREASE, OF_BASELINE, 100.0, 60.0),
        // What the seed calls wrong: tasks, a KPI, a vague verb.
        statement(s, "Improve onboarding experience")
            .direction(Direction.INCREASE).metric("onboarding experience")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Ship the new onboarding flow")
            .direction(Direction.ACHIEVE).metric("new onboarding flow")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Launch the new onboarding flow.")
            .direction(Direction.ACHIEVE).metric("new onboarding flow")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Track activation rate weekly.")
            .metric("activation rate weekly")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.KPI),
        statement(s, "Ship feature X")
            .direction(Direction.ACHIEVE).metric("feature X")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Launch campaign Y")
            .direction(Direction.ACHIEVE).metric("campaign Y")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Rebuild the billing page.")
            .direction(Direction.ACHIEVE).metric("billing page")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Increase revenue")
            .direction(Direction.INCREASE).metric("revenue")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Ship the new dashboard")
            .direction(Direction.ACHIEVE).metric("new dashboard")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Drive expansion revenue.")
            .direction(Direction.INCREASE).metric("expansion revenue")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        // The fill-in templates: the shape is read, the placeholders are not numbers.
        statement(s, "Increase Day-7 activation rate from [baseline]% to [target]%.")
            .direction(Direction.INCREASE).metric("Day-7 activation rate").unit(P)
            .missing(NUMBER, BASELINE, TARGET, DEADLINE),
        statement(s, "Reduce median time-to-first-value from [X] minutes to [Y] minutes.")
            .direction(Direction.DECREASE).metric("median time-to-first-value").unit("minutes")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE),
        statement(s, "Decrease onboarding support tickets by [Z]%.")
            .direction(Direction.DECREASE).metric("onboarding support tickets")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE),
        statement(s, "Improve 90-day retention from [baseline]% to [target]%.")
            .direction(Direction.INCREASE).metric("90-day retention").unit(P)
            .missing(NUMBER, BASELINE, TARGET, DEADLINE),
        statement(s, "Reduce monthly churn rate from [X]% to [Y]%.")
            .direction(Direction.DECREASE).metric("monthly churn rate").unit(P)
            .missing(NUMBER, BASELINE, TARGET, DEADLINE),
        statement(s, "Increase NRR from [X]% to [Y]%.")
            .direction(Direction.INCREASE).metric("NRR").unit(P)
            .missing(NUMBER, BASELINE, TARGET, DEADLINE),
        statement(s, "Achieve [X] weekly active users of the beta within 6 weeks.")
            .direction(Direction.ACHIEVE).metric("weekly active users of the beta").deadline("within 6 weeks")
            .missing(NUMBER, BASELINE, TARGET),
        statement(s, "Reach [X]% retention rate among beta users at Day-30.")
            .direction(Direction.ACHIEVE).metric("retention rate among beta users at Day-30").unit(P)
            .missing(NUMBER, BASELINE, TARGET, DEADLINE),
        statement(s, "Collect [X] qualitative feedback sessions confirming core value proposition.")
            .direction(Direction.ACHIEVE).metric("qualitative feedback sessions confirming core value proposition")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.OUTPUT));
  }

  static Stream<Expected> seed004() {
    String s = "seed 004";
    return Stream.of(
        statement(s, "Increase the 7-day retention rate from 20% to 35% by the end of Q3.")
            .direction(Direction.INCREASE).metric("7-day retention rate")
            .baseline(20, P, "20%").target(35, P, "35%").deadline("by the end of Q3").missing()
            .measurement(INCREASE, P, 20.0, 35.0),
        statement(s, "Secure 10 signed letters of intent from Tier-1 prospects")
            .direction(Direction.ACHIEVE).metric("signed letters of intent from Tier-1 prospects")
            .target(10, null, "10").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, null, null, 10.0),
        statement(s, "Achieve a 70% 'very disappointed' score on the product-market fit survey.")
            .direction(Direction.ACHIEVE).metric("'very disappointed' score on the product-market fit survey")
            .target(70, P, "70%").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, P, null, 70.0),
        statement(s, "Reduce P0 incidents by 50%")
            .direction(Direction.DECREASE).metric("P0 incidents")
            .change(-50, P, "by 50%").relativeTarget(-50, P, "50%").missing(DEADLINE)
            .measurement(DECREASE, OF_BASELINE, 100.0, 50.0),
        statement(s, "Maintain 99.99% uptime during peak traffic hours.")
            .direction(Direction.MAINTAIN).metric("uptime during peak traffic hours")
            .target(99.99, P, "99.99%").missing(DEADLINE)
            .measurement(AT_LEAST, P, null, 99.99),
        statement(s, "Reduce churn by 5%")
            .direction(Direction.DECREASE).metric("churn")
            .change(-5, P, "by 5%").relativeTarget(-5, P, "5%").missing(DEADLINE)
            .measurement(DECREASE, OF_BASELINE, 100.0, 95.0),
        statement(s, "Redesign the settings page")
            .direction(Direction.ACHIEVE).metric("settings page")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary(),
        statement(s, "Improve load times")
            .direction(Direction.INCREASE).metric("load times")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Reduce home page load time from 3.5 seconds to 1.8 seconds")
            .direction(Direction.DECREASE).metric("home page load time")
            .baseline(3.5, "seconds", "3.5 seconds").target(1.8, "seconds", "1.8 seconds").missing(DEADLINE)
            .measurement(DECREASE, "seconds", 3.5, 1.8),
        statement(s, "Lowering CAC from $50 to $35 by the end of the quarter.")
            .direction(Direction.DECREASE).metric("CAC")
            .baseline(50, "USD", "$50").target(35, "USD", "$35").deadline("by the end of the quarter").missing()
            .measurement(DECREASE, "USD", 50.0, 35.0),
        statement(s, "Optimize marketing spend efficiency")
            .direction(Direction.INCREASE).metric("marketing spend efficiency")
            .missing(NUMBER, BASELINE, TARGET, DEADLINE).kind(StatementKind.VAGUE),
        statement(s, "Publish 10 blog posts")
            .direction(Direction.ACHIEVE).metric("blog posts")
            .target(10, null, "10").missing(BASELINE, DEADLINE).kind(StatementKind.OUTPUT)
            .measurement(INCREASE, null, null, 10.0),
        statement(s, "Generate 500 organic leads from new content")
            .direction(Direction.ACHIEVE).metric("organic leads from new content")
            .target(500, null, "500").missing(BASELINE, DEADLINE)
            .measurement(INCREASE, null, null, 500.0),
        statement(s, "Prove market fit for the new enterprise module.")
            .noVerb().metric("Prove market fit for the new enterprise module")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.UNCLEAR),
        statement(s, "Create a friction-less checkout experience that sets a new industry standard.")
            .direction(Direction.ACHIEVE).metric("friction-less checkout experience that sets a new industry standard")
            .missing(NUMBER, TARGET, DEADLINE).kind(StatementKind.TASK).binary());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"seed000", "seed001", "seed002", "seed003", "seed004"})
  void readsAsExpected(Expected expected) {
    expected.check();
  }
}
