package dev.okr.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.scoring.Distribution;
import dev.okr.scoring.Portfolio;
import dev.okr.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link OkrPortfolio} over the rows of a generated OKR document (one row a key result: team, kind
 * and {@link Scorer}'s score) spread over several partitions gives {@link Portfolio}'s figures of
 * that document: the same hit rates and, per team and kind, the same counts, colour bands, minimum
 * and maximum, and a mean and quartiles within 1e-12 (the document has under 500 key results with
 * scores in [0, 1], so a summation order other than {@code Portfolio}'s changes the mean by at most
 * 500 × 2⁻⁵³ ≈ 6e-14, and an interpolation written differently by a few units in the last place).
 */
class OkrPortfolioAgreesWithPortfolioTest {
  private static final Cycle Q1 = Cycle.quarter(2026, 1);
  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  @Test
  void theFiguresOfTheRowsAreThePortfoliosOfTheDocument() {
    SplittableRandom random = new SplittableRandom(20261208L);
    String[] teams = {"Growth", "Platform", "Support", null};
    ObjectiveKind[] kinds = {ObjectiveKind.COMMITTED, ObjectiveKind.ASPIRATIONAL, null};
    List<Objective> objectives = new ArrayList<>();
    for (int o = 0; o < 60; o++) {
      Objective.Builder b = Objective.builder().id("o" + o).title("Objective " + o).cycle(Q1);
      String team = teams[random.nextInt(teams.length)];
      if (team != null) {
        b.owner(Owner.team(team));
      }
      ObjectiveKind kind = kinds[random.nextInt(kinds.length)];
      if (kind != null) {
        b.kind(kind);
      }
      for (int k = 0, n = 1 + random.nextInt(5); k < n; k++) {
        KeyResult.Builder kr = KeyResult.builder().id("o" + o + "-kr" + k).statement("Increase x from 0 to 100")
            .measurement(Measurement.increase(0, 100));
        if (random.nextInt(6) != 0) {
          // whole and fractional percentages, the band edges among them
          double value = random.nextInt(3) == 0 ? new double[] {30, 40, 50, 60, 70, 80, 100}[random.nextInt(7)]
              : random.nextDouble(-10, 120);
          kr.addCheckIns(CheckIn.value(LocalDate.of(2026, 3, 1), value));
        }
        b.addKeyResults(kr.build());
      }
      objectives.add(b.build());
    }
    OkrSet set = OkrSet.of(objectives);
    Scorer scorer = Scorer.defaults();
    Portfolio.CycleFigures expected = Portfolio.of(scorer).analyse(set, DAY).cycles().get(0);

    List<Row> rows = new ArrayList<>();
    for (Objective objective : set.objectives()) {
      for (KeyResult kr : objective.keyResults()) {
        OptionalDouble score = scorer.score(kr, DAY, objective.cycle()).valueIfScored();
        rows.add(RowFactory.create(objective.owner().map(Owner::toString).orElse(null),
            objective.kind().map(ObjectiveKind::id).orElse(null), score.isPresent() ? score.getAsDouble() : null));
      }
    }
    StructType schema = new StructType().add("team", DataTypes.StringType).add("kind", DataTypes.StringType)
        .add("score", DataTypes.DoubleType);
    OkrPortfolio.Figures actual = OkrPortfolio.figures(
        LocalSpark.session().createDataFrame(rows, schema).repartition(5, rand(7)), col("team"), col("kind"), col("score"));

    assertThat(actual.committedHitRate()).isEqualTo(expected.committedHitRate());
    assertThat(actual.aspirationalHitRate()).isEqualTo(expected.aspirationalHitRate());
    assertThat(actual.distribution().keySet()).isEqualTo(expected.distribution().keySet());
    for (Map.Entry<String, Map<String, Distribution>> team : expected.distribution().entrySet()) {
      Map<String, Distribution> byKind = actual.distribution().get(team.getKey());
      assertThat(byKind.keySet()).as(team.getKey()).isEqualTo(team.getValue().keySet());
      team.getValue().forEach((kind, want) -> {
        Distribution got = byKind.get(kind);
        String what = team.getKey() + " " + kind;
        assertThat(got.count()).as(what).isEqualTo(want.count());
        assertThat(got.unscored()).as(what).isEqualTo(want.unscored());
        assertThat(got.colours()).as(what).isEqualTo(want.colours());
        assertThat(got.min()).as(what).isEqualTo(want.min());
        assertThat(got.max()).as(what).isEqualTo(want.max());
        close(got.mean(), want.mean(), what + " mean");
        close(got.lowerQuartile(), want.lowerQuartile(), what + " lower quartile");
        close(got.median(), want.median(), what + " median");
        close(got.upperQuartile(), want.upperQuartile(), what + " upper quartile");
      });
    }
    assertThat(expected.committedHitRate().total()).isPositive();
    assertThat(expected.distribution()).containsKey("(no owner)");
  }

  private static void close(OptionalDouble actual, OptionalDouble expected, String what) {
    assertThat(actual.isPresent()).as(what).isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      assertThat(actual.getAsDouble()).as(what).isCloseTo(expected.getAsDouble(), within(1e-12));
    }
  }
}
