package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static dev.okr.scoring.Generators.END;
import static dev.okr.scoring.Generators.QUARTER;
import static dev.okr.scoring.Generators.amounts;
import static dev.okr.scoring.Generators.distances;
import static dev.okr.scoring.Generators.numeric;
import static dev.okr.scoring.Generators.policies;
import static dev.okr.scoring.Generators.unroundedPolicies;
import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSet;
import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract every built-in strategy keeps (see {@link ScoringStrategy}), under every policy:
 * value in [0, 1]; deterministic; monotone as the current value moves toward the target; a decrease
 * scores as the mirror of an increase; a change of unit changes nothing.
 */
class ScoringStrategyContractPropertiesTest {
  private static final LinearStrategy LINEAR = new LinearStrategy();
  private static final StretchStrategy STRETCH = new StretchStrategy();
  private static final MaintainStrategy MAINTAIN = new MaintainStrategy();
  private static final BinaryStrategy BINARY = new BinaryStrategy();
  private static final MilestonesStrategy MILESTONES = new MilestonesStrategy();

  /** A direction-agnostic linear key result: increase when the target lies above the baseline. */
  private static KeyResult linear(double baseline, double target, double current) {
    return numeric(target > baseline ? MeasurementType.INCREASE : MeasurementType.DECREASE, baseline, target, current);
  }

  private static KeyResult stretched(double baseline, double target, double stretch, double current) {
    MeasurementType type = target > baseline ? MeasurementType.INCREASE : MeasurementType.DECREASE;
    return numeric(Measurement.builder().type(type).baseline(baseline).target(target).stretch(stretch).build(), current);
  }

  private static KeyResult maintained(MeasurementType type, double level, List<Double> values) {
    KeyResult.Builder kr = KeyResult.builder().id("kr").statement("generated")
        .measurement(Measurement.builder().type(type).target(level).build());
    for (int i = 0; i < values.size(); i++) {
      kr.addCheckIns(CheckIn.value(QUARTER.start().plusDays(3L * i), values.get(i)));
    }
    return kr.build();
  }

  private static Score score(ScoringStrategy strategy, KeyResult kr, ScoringPolicy policy) {
    return Scores.score(strategy, kr, END, ScoringContext.of(policy).withCycle(QUARTER));
  }

  private static Gen<List<Double>> series() {
    return lists().of(amounts()).ofSizeBetween(1, 40);
  }

  private static void assertBounded(Score score) {
    if (score instanceof Score.Scored scored) {
      assertThat(scored.value()).isBetween(0.0, 1.0);
      assertThat(scored.contribution()).isFinite();
      assertThat(scored.attainment()).isFinite();
    } else {
      assertThat(((Score.Unscored) score).reason()).isNotBlank();
    }
  }

  @Test
  void linearValueLiesInTheUnitInterval() {
    qt().forAll(amounts(), distances(), amounts(), policies())
        .checkAssert((b, d, v, p) -> {
          assertBounded(score(LINEAR, linear(b, b + d, v), p));
          assertBounded(score(LINEAR, linear(b, b - d, v), p));
        });
  }

  @Test
  void stretchValueLiesInTheUnitInterval() {
    qt().forAll(amounts(), distances(), distances(), amounts().zip(policies(), (v, p) -> new Object[] {v, p}))
        .checkAssert((b, d, e, vp) -> {
          double v = (double) vp[0];
          ScoringPolicy p = (ScoringPolicy) vp[1];
          assertBounded(score(STRETCH, stretched(b, b + d, b + d + e, v), p));
          assertBounded(score(STRETCH, stretched(b, b - d, b - d - e, v), p));
        });
  }

  @Test
  void maintainValueLiesInTheUnitInterval() {
    qt().forAll(amounts(), series(), policies())
        .checkAssert((level, values, p) -> {
          assertBounded(score(MAINTAIN, maintained(MeasurementType.AT_LEAST, level, values), p));
          assertBounded(score(MAINTAIN, maintained(MeasurementType.AT_MOST, level, values), p));
        });
  }

  @Test
  void milestoneValueLiesInTheUnitIntervalAndGrowsWithWhatIsDone() {
    Gen<List<Integer>> weights = lists().of(integers().between(1, 10)).ofSizeBetween(1, 8);
    qt().forAll(weights, integers().all(), integers().all(), policies())
        .checkAssert((w, maskA, maskB, p) -> {
          List<Milestone> milestones = new ArrayList<>();
          for (int i = 0; i < w.size(); i++) {
            milestones.add(Milestone.of("m" + i, w.get(i)));
          }
          Measurement m = Measurement.builder().type(MeasurementType.MILESTONES).addAllMilestones(milestones).build();
          ImmutableSet.Builder<String> fewer = ImmutableSet.builder();
          ImmutableSet.Builder<String> more = ImmutableSet.builder();
          for (int i = 0; i < w.size(); i++) {
            boolean inA = (maskA >> i & 1) == 1;
            boolean inB = (maskB >> i & 1) == 1;
            if (inA && inB) {
              fewer.add("m" + i);
            }
            if (inA || inB) {
              more.add("m" + i);
            }
          }
          Score.Scored low = scored(score(MILESTONES, milestoneKr(m, fewer.build()), p));
          Score.Scored high = scored(score(MILESTONES, milestoneKr(m, more.build()), p));
          assertBounded(low);
          assertBounded(high);
          assertThat(high.value()).isGreaterThanOrEqualTo(low.value());
        });
  }

  private static KeyResult milestoneKr(Measurement m, ImmutableSet<String> done) {
    return KeyResult.builder().id("kr").statement("generated").measurement(m)
        .addCheckIns(CheckIn.milestonesDone(END, done)).build();
  }

  @Test
  void binaryScoresAchievedAboveNotAchieved() {
    qt().forAll(policies()).checkAssert(p -> {
      Measurement m = Measurement.builder().type(MeasurementType.BINARY).build();
      Score.Scored yes = scored(score(BINARY, KeyResult.builder().id("kr").statement("s").measurement(m)
          .addCheckIns(CheckIn.achieved(END, true)).build(), p));
      Score.Scored no = scored(score(BINARY, KeyResult.builder().id("kr").statement("s").measurement(m)
          .addCheckIns(CheckIn.achieved(END, false)).build(), p));
      assertThat(yes.value()).isEqualTo(1.0);
      assertThat(no.value()).isEqualTo(0.0);
    });
  }

  @Test
  void scoringIsDeterministic() {
    qt().forAll(amounts(), distances(), amounts(), policies())
        .checkAssert((b, d, v, p) -> {
          KeyResult kr = stretched(b, b + d, b + 2 * d, v);
          ScoringStrategy fresh = ScoringStrategies.named(StretchStrategy.NAME);
          assertThat(score(fresh, kr, p)).isEqualTo(score(STRETCH, kr, p));
          assertThat(score(LINEAR, kr, p)).isEqualTo(score(LINEAR, kr, p));
          KeyResult kept = maintained(MeasurementType.AT_MOST, b, List.of(v, b, v + d));
          assertThat(score(MAINTAIN, kept, p)).isEqualTo(score(MAINTAIN, kept, p));
        });
  }

  @Test
  void linearIsMonotoneTowardTheTarget() {
    qt().forAll(amounts(), distances(), amounts(), amounts().zip(policies(), (w, p) -> new Object[] {w, p}))
        .checkAssert((b, d, v1, wp) -> {
          double v2 = (double) wp[0];
          ScoringPolicy p = (ScoringPolicy) wp[1];
          double low = Math.min(v1, v2);
          double high = Math.max(v1, v2);
          // increase: higher is closer to the target; decrease: lower is
          assertThat(value(LINEAR, linear(b, b + d, high), p)).isGreaterThanOrEqualTo(value(LINEAR, linear(b, b + d, low), p));
          assertThat(value(LINEAR, linear(b, b - d, low), p)).isGreaterThanOrEqualTo(value(LINEAR, linear(b, b - d, high), p));
          assertThat(value(STRETCH, stretched(b, b + d, b + 3 * d, high), p))
              .isGreaterThanOrEqualTo(value(STRETCH, stretched(b, b + d, b + 3 * d, low), p));
        });
  }

  @Test
  void maintainIsMonotoneAsACheckInMovesIntoTheBound() {
    qt().forAll(amounts(), series(), integers().between(0, 39), policies())
        .checkAssert((level, values, index, p) -> {
          int i = index % values.size();
          List<Double> better = new ArrayList<>(values);
          better.set(i, Math.max(values.get(i), level));
          assertThat(value(MAINTAIN, maintained(MeasurementType.AT_LEAST, level, better), p))
              .isGreaterThanOrEqualTo(value(MAINTAIN, maintained(MeasurementType.AT_LEAST, level, values), p));
          List<Double> lower = new ArrayList<>(values);
          lower.set(i, Math.min(values.get(i), level));
          assertThat(value(MAINTAIN, maintained(MeasurementType.AT_MOST, level, lower), p))
              .isGreaterThanOrEqualTo(value(MAINTAIN, maintained(MeasurementType.AT_MOST, level, values), p));
        });
  }

  @Test
  void aDecreaseScoresAsTheMirrorOfAnIncrease() {
    qt().forAll(amounts(), distances(), amounts(), policies())
        .checkAssert((b, d, v, p) -> {
          Score.Scored decrease = scored(score(LINEAR, numeric(MeasurementType.DECREASE, b, b - d, v), p));
          Score.Scored increase = scored(score(LINEAR, numeric(MeasurementType.INCREASE, -b, -b + d, -v), p));
          assertThat(decrease.value()).isEqualTo(increase.value());
          assertThat(decrease.attainment()).isEqualTo(increase.attainment());
          Score.Scored down = scored(score(STRETCH, stretched(b, b - d, b - 2 * d, v), p));
          Score.Scored up = scored(score(STRETCH, stretched(-b, -b + d, -b + 2 * d, -v), p));
          assertThat(down.value()).isEqualTo(up.value());
        });
  }

  @Test
  void atMostScoresAsTheMirrorOfAtLeast() {
    qt().forAll(amounts(), series(), policies())
        .checkAssert((level, values, p) -> {
          List<Double> negated = values.stream().map(x -> -x).toList();
          Score atMost = score(MAINTAIN, maintained(MeasurementType.AT_MOST, level, values), p);
          Score atLeast = score(MAINTAIN, maintained(MeasurementType.AT_LEAST, -level, negated), p);
          assertThat(atMost.getClass()).isEqualTo(atLeast.getClass());
          if (atMost instanceof Score.Scored most) {
            Score.Scored least = (Score.Scored) atLeast;
            assertThat(most.value()).isEqualTo(least.value());
            assertThat(most.attainment()).isEqualTo(least.attainment());
            assertThat(most.contribution()).isEqualTo(least.contribution());
          } else {
            assertThat(((Score.Unscored) atMost).reason()).isEqualTo(((Score.Unscored) atLeast).reason());
          }
        });
  }

  @Test
  void aChangeOfUnitChangesNothing() {
    Gen<Double> factors = integers().between(0, 7).map(i -> new double[] {0.001, 0.01, 0.5, 3.6, 10, 100, 1000, 1e6}[i]);
    qt().forAll(amounts(), distances(), amounts(), factors.zip(unroundedPolicies(), (k, p) -> new Object[] {k, p}))
        .checkAssert((b, d, v, kp) -> {
          double k = (double) kp[0];
          ScoringPolicy p = (ScoringPolicy) kp[1];
          assertThat(value(LINEAR, linear(b * k, (b + d) * k, v * k), p)).isCloseTo(value(LINEAR, linear(b, b + d, v), p), within(1e-9));
          assertThat(value(STRETCH, stretched(b * k, (b + d) * k, (b + 2 * d) * k, v * k), p))
              .isCloseTo(value(STRETCH, stretched(b, b + d, b + 2 * d, v), p), within(1e-9));
        });
  }

  @Test
  void aChangeOfUnitByAPowerOfTwoChangesNothingEvenAtTheBounds() {
    Gen<Double> factors = integers().between(-10, 10).map(e -> Math.scalb(1.0, e));
    qt().forAll(amounts(), series(), factors, policies())
        .checkAssert((level, values, k, p) -> {
          List<Double> scaled = values.stream().map(x -> x * k).toList();
          assertThat(value(MAINTAIN, maintained(MeasurementType.AT_LEAST, level * k, scaled), p))
              .isEqualTo(value(MAINTAIN, maintained(MeasurementType.AT_LEAST, level, values), p));
          double b = values.get(0);
          double t = level == b ? b + 1 : level;
          assertThat(value(LINEAR, linear(b * k, t * k, b * k + k), p)).isEqualTo(value(LINEAR, linear(b, t, b + 1), p));
        });
  }

  /** The value, or -1 for unscored so that "unscored" sorts below every score. */
  private static double value(ScoringStrategy strategy, KeyResult kr, ScoringPolicy policy) {
    return score(strategy, kr, policy).valueIfScored().orElse(-1);
  }

  @Test
  void everyBuiltInStrategyIsFoundByName() {
    assertThat(ScoringStrategies.all()).containsKeys("linear", "stretch", "maintain", "binary", "milestones");
    for (ScoringStrategy strategy : ScoringStrategies.all().values()) {
      assertThat(ScoringStrategies.named(strategy.name())).isSameAs(strategy);
      assertThat(strategy.types()).isNotEmpty();
    }
  }
}
