package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The process-health figures of R11. */
class PortfolioTest {
  private static final Cycle Q1 = Cycle.quarter(2026, 1);
  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  private static KeyResult kr(String id, double percent) {
    KeyResult.Builder b = KeyResult.builder().id(id).statement("Increase x from 0 to 100").measurement(Measurement.increase(0, 100));
    if (percent >= 0) {
      b.addCheckIns(CheckIn.value(LocalDate.of(2026, 3, 1), percent));
    }
    return b.build();
  }

  private static Objective.Builder objective(String id, String team, ObjectiveKind kind, Cycle cycle, KeyResult... krs) {
    return Objective.builder().id(id).title("Objective " + id).owner(Owner.team(team)).kind(kind).cycle(cycle).addKeyResults(krs);
  }

  private static OkrSet document() {
    return OkrSet.of(List.of(
        objective("company", "Company", ObjectiveKind.COMMITTED, Q1, kr("c1", 100)).build(),
        objective("growth", "Growth", ObjectiveKind.COMMITTED, Q1, kr("g1", 80), kr("g2", 79), kr("g3", -1))
            .alignment(Alignment.toObjective("company"))
            .addInitiatives(Initiative.builder().id("i1").title("Onboarding checklist").addKeyResultIds("g1").build())
            .addInitiatives(Initiative.builder().id("i2").title("Side project").build())
            .build(),
        objective("platform", "Platform", ObjectiveKind.ASPIRATIONAL, Q1, kr("p1", 50), kr("p2", 49), kr("p3", 100), kr("p4", 70))
            .alignment(Alignment.toKeyResult("c1"))
            .addInitiatives(Initiative.builder().id("i3").title("Cache").addKeyResultIds("p1").build())
            .build(),
        objective("sub", "Platform", ObjectiveKind.ASPIRATIONAL, Q1, kr("s1", 20))
            .alignment(Alignment.toObjective("platform")).build(),
        objective("adrift", "Support", ObjectiveKind.ASPIRATIONAL, Q1, kr("a1", 60)).build()));
  }

  @Test
  void hitRatesAlignmentAndTraceability() {
    Portfolio.CycleFigures q1 = Portfolio.of(Scorer.defaults()).analyse(document(), DAY).cycles().get(0);
    assertThat(q1.cycle()).contains(Q1);
    // committed: c1 1.0, g1 0.8 hit; g2 0.79 and g3 unscored miss
    assertThat(q1.committedHitRate()).isEqualTo(new Rate(2, 4));
    // aspirational: p1 0.5, p3, p4, a1 hit; p2 0.49 and s1 0.2 miss
    assertThat(q1.aspirationalHitRate()).isEqualTo(new Rate(4, 6));
    assertThat(q1.aspirationalHitRate().meets(Portfolio.ASPIRATIONAL_TARGET)).isFalse();
    // team objectives: growth (aligned), platform (cascaded from c1), sub (through platform), adrift (not)
    assertThat(q1.strategicAlignment()).isEqualTo(new Rate(3, 4));
    assertThat(q1.strategicAlignment().share().getAsDouble()).isEqualTo(0.75);
    assertThat(q1.roadmapTraceability()).isEqualTo(new Rate(2, 3));
    assertThat(q1.taskLikeShare()).isEmpty();
  }

  @Test
  void aConfiguredCompanyOwnerDecidesWhatIsCompanyLevel() {
    Portfolio.CycleFigures q1 = Portfolio.of(Scorer.defaults()).withCompanyOwner(Owner.team("Support"))
        .analyse(document(), DAY).cycles().get(0);
    // now only "adrift" is company level; nothing aligns to it
    assertThat(q1.strategicAlignment()).isEqualTo(new Rate(0, 4));
  }

  @Test
  void distributionPerTeamAndKind() {
    Portfolio.CycleFigures q1 = Portfolio.of(Scorer.defaults()).analyse(document(), DAY).cycles().get(0);
    Distribution growth = q1.distribution().get("team:Growth").get("committed");
    assertThat(growth.count()).isEqualTo(3);
    assertThat(growth.unscored()).isEqualTo(1);
    assertThat(growth.mean().getAsDouble()).isCloseTo(0.795, within(1e-12));
    // coloured as graded: committed 0.8 and 0.79 are both misses, so red (a hit in the hit rate all the same)
    assertThat(growth.colours()).containsEntry(Colour.RED, 2L).containsEntry(Colour.GREEN, 0L);
    Distribution platform = q1.distribution().get("team:Platform").get("aspirational");
    assertThat(platform.count()).isEqualTo(5);
    assertThat(platform.median().getAsDouble()).isEqualTo(0.5);
    assertThat(platform.min().getAsDouble()).isEqualTo(0.2);
    assertThat(platform.max().getAsDouble()).isEqualTo(1.0);
    assertThat(platform.lowerQuartile().getAsDouble()).isCloseTo(0.49, within(1e-12));
    assertThat(platform.upperQuartile().getAsDouble()).isCloseTo(0.7, within(1e-12));
  }

  @Test
  void sandbaggingAcrossCycles() {
    List<Objective> objectives = new ArrayList<>();
    int[] growthPercents = {100, 96, 100, 60};
    int[] supportPercents = {100, 100, 50, 100};
    for (int q = 0; q < 4; q++) {
      Cycle cycle = Cycle.quarter(2025, q + 1);
      LocalDate checkIn = cycle.end().minusDays(5);
      objectives.add(Objective.builder().id("g" + q).title("g").owner(Owner.team("Growth")).kind(ObjectiveKind.ASPIRATIONAL)
          .cycle(cycle).addKeyResults(KeyResult.builder().id("gk" + q).statement("s").measurement(Measurement.increase(0, 100))
              .addCheckIns(CheckIn.value(checkIn, growthPercents[q])).build()).build());
      objectives.add(Objective.builder().id("s" + q).title("s").owner(Owner.team("Support")).kind(ObjectiveKind.ASPIRATIONAL)
          .cycle(cycle).addKeyResults(KeyResult.builder().id("sk" + q).statement("s").measurement(Measurement.increase(0, 100))
              .addCheckIns(CheckIn.value(checkIn, supportPercents[q])).build()).build());
    }
    Portfolio.Report report = Portfolio.of(Scorer.defaults()).analyse(OkrSet.of(objectives), DAY);
    assertThat(report.cycles()).hasSize(4);
    assertThat(report.cycles()).extracting(c -> c.cycle().orElseThrow().toString())
        .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
    assertThat(report.sandbagging()).hasSize(1);
    Portfolio.Sandbagging flag = report.sandbagging().get(0);
    assertThat(flag.team()).isEqualTo("team:Growth");
    assertThat(flag.cycles()).extracting(Cycle::toString).containsExactly("2025-Q1", "2025-Q2", "2025-Q3");
    assertThat(Portfolio.of(Scorer.defaults()).withSandbagging(0.95, 2).analyse(OkrSet.of(objectives), DAY).sandbagging())
        .extracting(Portfolio.Sandbagging::team).containsExactly("team:Growth", "team:Support");
  }

  @Test
  void theTaskLikeShareSlotIsFilledByAClassifier() {
    Portfolio.CycleFigures q1 = Portfolio.of(Scorer.defaults())
        .withTaskLikeClassifier(kr -> kr.id().startsWith("p"))
        .analyse(document(), DAY).cycles().get(0);
    assertThat(q1.taskLikeShare().getAsDouble()).isCloseTo(4.0 / 10, within(1e-12));
  }

  @Test
  void aCycleWithoutKeyResultsHasNoTaskLikeShareRatherThanNaN() {
    Portfolio.CycleFigures q1 = Portfolio.of(Scorer.defaults())
        .withTaskLikeClassifier(kr -> true)
        .analyse(OkrSet.of(List.of(objective("O1", "Growth", ObjectiveKind.COMMITTED, Q1).build())), DAY).cycles().get(0);
    assertThat(q1.taskLikeShare()).isEmpty();
  }

  @Test
  void aGraderOfItsOwnColoursTheDistribution() {
    // committed met from 0.5: Growth's 0.8 and 0.79, red under the default grader, turn green
    Grader half = Grader.defaults().withCommitted(Bands.of(com.google.common.collect.ImmutableRangeMap.<Double, Verdict>builder()
        .put(com.google.common.collect.Range.closedOpen(0.0, 0.5), Verdict.MISSED)
        .put(com.google.common.collect.Range.closed(0.5, 1.0), Verdict.MET)
        .build()));
    Distribution growth = Portfolio.of(Scorer.defaults()).withGrader(half).analyse(document(), DAY).cycles().get(0)
        .distribution().get("team:Growth").get("committed");
    assertThat(growth.colours()).containsEntry(Colour.GREEN, 2L).containsEntry(Colour.RED, 0L);
    assertThat(growth.mean().getAsDouble()).isCloseTo(0.795, within(1e-12));
  }
}
