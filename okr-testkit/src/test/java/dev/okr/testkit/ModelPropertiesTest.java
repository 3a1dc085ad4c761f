package dev.okr.testkit;

import static dev.okr.testkit.OkrAssertions.assertThat;
import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;

/**
 * Every generated model is valid (generating it built it, and building it again through its
 * builder succeeds) and rebuilding it gives an equal value; the generators keep their promises.
 */
class ModelPropertiesTest {

  @Test
  void documentsRebuildEqual() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      assertThat(set).rebuildsEqual();
      assertThat(OkrSet.of(set.objectives())).isEqualTo(set);
    });
  }

  @Test
  void objectivesRebuildEqualWithCheckInsInTheirCycle() {
    qt().forAll(OkrGen.objectives()).checkAssert(objective -> {
      assertThat(objective).rebuildsEqual();
      if (objective.cycle().isPresent()) {
        assertThat(objective).hasCheckInsWithinItsCycleOrGrace();
      }
      List<String> own = objective.keyResults().stream().map(KeyResult::id).toList();
      for (Initiative initiative : objective.initiatives()) {
        assertThat(own).containsAll(initiative.keyResultIds());
      }
    });
  }

  @Test
  void keyResultsRebuildEqualWithCheckInsOfTheirMeasurement() {
    qt().forAll(OkrGen.keyResults()).checkAssert(kr -> assertThat(kr)
        .rebuildsEqual()
        .hasCheckInsMatchingItsMeasurement()
        .hasCheckInsInDateOrder());
  }

  @Test
  void keyResultsOfACycleAreDatedWithinItOrItsGrace() {
    qt().forAll(OkrGen.cycles().flatMap(c -> OkrGen.keyResults(c).map(kr -> Pair.of(c, kr)))).checkAssert(p -> {
      Objective objective = Objective.builder().id("o").title("t").cycle(p._1).addKeyResults(p._2).build();
      assertThat(objective).hasCheckInsWithinItsCycleOrGrace();
    });
  }

  private record CheckInsFor(Measurement measurement, Cycle cycle, List<CheckIn> checkIns) {}

  @Test
  void checkInsForAMeasurementMatchIt() {
    qt().forAll(OkrGen.measurements().flatMap(m -> OkrGen.cycles().flatMap(
            c -> OkrGen.checkIns(m, c).map(checkIns -> new CheckInsFor(m, c, checkIns)))))
        .checkAssert(drawn -> {
          KeyResult kr = KeyResult.builder().id("kr").statement("s").measurement(drawn.measurement())
              .addAllCheckIns(drawn.checkIns()).build();
          assertThat(kr).hasCheckInsMatchingItsMeasurement().hasCheckInsInDateOrder();
          assertThat(Objective.builder().id("o").title("t").cycle(drawn.cycle()).addKeyResults(kr).build())
              .hasCheckInsWithinItsCycleOrGrace();
        });
  }

  @Test
  void measurementsRebuildEqualAndGoTheirWay() {
    qt().forAll(OkrGen.measurements()).checkAssert(m -> {
      assertThat(new Measurement.Builder().from(m).build()).isEqualTo(m).hasSameHashCodeAs(m);
      m.baseline().ifPresent(v -> assertThat(v).isFinite());
      m.target().ifPresent(v -> assertThat(v).isFinite());
      m.stretch().ifPresent(v -> assertThat(v).isFinite());
      int direction = switch (m.type()) {
        case INCREASE, AT_LEAST -> 1;
        case DECREASE, AT_MOST -> -1;
        default -> 0;
      };
      if ((m.type() == MeasurementType.INCREASE || m.type() == MeasurementType.DECREASE)
          && m.baseline().isPresent() && m.target().isPresent()) {
        assertThat(Math.signum(m.target().getAsDouble() - m.baseline().getAsDouble())).isEqualTo(direction);
      }
      if (m.stretch().isPresent()) {
        assertThat(Math.signum(m.stretch().getAsDouble() - m.target().getAsDouble())).isEqualTo(direction);
      }
      assertThat(m.milestones().isEmpty()).isEqualTo(m.type() != MeasurementType.MILESTONES);
    });
  }

  @Test
  void measurementsOfATypeHaveThatType() {
    for (MeasurementType type : MeasurementType.values()) {
      qt().withExamples(Math.max(1, OkrTheories.examples() / 10))
          .forAll(OkrGen.measurements(type))
          .checkAssert(m -> assertThat(m.type()).isEqualTo(type));
    }
  }

  @Test
  void checkInsRecordOneThingAndRebuildEqual() {
    qt().forAll(OkrGen.checkIns()).checkAssert(c -> {
      assertThat(new CheckIn.Builder().from(c).build()).isEqualTo(c).hasSameHashCodeAs(c);
      int recorded = (c.value().isPresent() ? 1 : 0) + (c.achieved().isPresent() ? 1 : 0) + (c.milestonesDone().isPresent() ? 1 : 0);
      assertThat(recorded).isOne();
      c.confidence().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
    });
  }

  @Test
  void initiativesRebuildEqualAndLinkOnlyTheKeyResultsGiven() {
    List<String> keyResults = List.of("kr-a", "kr-b", "kr-c", "kr-d");
    qt().forAll(OkrGen.initiatives(keyResults)).checkAssert(i -> {
      assertThat(new Initiative.Builder().from(i).build()).isEqualTo(i).hasSameHashCodeAs(i);
      assertThat(keyResults).containsAll(i.keyResultIds());
      assertThat(i.keyResultIds()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(3);
      assertThat(keyResults).doesNotContain(i.id());
    });
    qt().forAll(OkrGen.initiatives()).checkAssert(i -> assertThat(new Initiative.Builder().from(i).build()).isEqualTo(i));
  }

  @Test
  void milestonesRebuildEqualWithAPositiveWeight() {
    qt().forAll(OkrGen.milestones()).checkAssert(m -> {
      assertThat(new Milestone.Builder().from(m).build()).isEqualTo(m).hasSameHashCodeAs(m);
      assertThat(m.weight()).isPositive().isFinite();
    });
  }

  @Test
  void ownersAlignmentsAndSourcePositionsRebuildEqualThroughTheirFactories() {
    qt().forAll(OkrGen.owners(), OkrGen.alignments(), OkrGen.sourcePositions()).checkAssert((owner, alignment, source) -> {
      assertThat(owner.kind() == Owner.Kind.TEAM ? Owner.team(owner.name()) : Owner.person(owner.name())).isEqualTo(owner);
      assertThat(alignment.kind() == Alignment.Kind.OBJECTIVE
          ? Alignment.toObjective(alignment.parentId())
          : Alignment.toKeyResult(alignment.parentId())).isEqualTo(alignment);
      assertThat(source.file().map(f -> SourcePosition.of(f, source.line(), source.column()))
          .orElseGet(() -> SourcePosition.of(source.line(), source.column()))).isEqualTo(source);
    });
  }

  @Test
  void reportsRebuildEqualThroughTheirFactoryAndHoldAScoreInTheUnitIntervalOrAStatus() {
    qt().forAll(OkrGen.reports(), OkrGen.priorities()).checkAssert((reported, priority) -> {
      assertThat(Reported.of(reported.text(), reported.score(), reported.status())).isEqualTo(reported);
      assertThat(reported.score().isPresent() || reported.status().isPresent()).isTrue();
      reported.score().ifPresent(s -> assertThat(s).isBetween(-0.0, 1.0));
      reported.status().ifPresent(s -> assertThat(s).isEqualTo(s.toLowerCase(java.util.Locale.ROOT)));
      assertThat(priority).isNotBlank();
    });
  }

  @Test
  void cyclesRebuildEqualThroughTheirFactories() {
    qt().forAll(OkrGen.cycles()).checkAssert(c -> {
      Cycle rebuilt = switch (c.kind()) {
        case QUARTER -> Cycle.quarterOf(c.start());
        case YEAR -> Cycle.year(c.start().getYear());
        case CUSTOM -> Cycle.of(c.start(), c.end());
      };
      assertThat(rebuilt).isEqualTo(c).hasSameHashCodeAs(c);
      assertThat(c.start().getYear()).isBetween(0, 9999);
      assertThat(c.end().getYear()).isBetween(0, 9999);
    });
  }

  @Test
  void textsAndIdsAreNeverBlankAndBlankTextsAlwaysAre() {
    qt().forAll(OkrGen.texts(), OkrGen.ids(), OkrGen.blankTexts()).checkAssert((text, id, blank) -> {
      assertThat(Owner.team(text).name()).isEqualTo(text);
      assertThat(KeyResult.of(id, text).id()).isEqualTo(id);
      OkrAssertions.assertThatValidation(() -> Owner.team(blank)).hasPath("name").hasRule("must not be blank");
    });
  }
}
