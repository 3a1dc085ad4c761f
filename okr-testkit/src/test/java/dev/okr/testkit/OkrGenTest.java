package dev.okr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Alignment;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** What the generators cover, over one run of the project's examples. */
class OkrGenTest {

  /** The values a property would see: one run of {@link OkrTheories#qt()}. */
  private static <T> List<T> sample(Gen<T> gen) {
    List<T> values = new ArrayList<>();
    OkrTheories.qt().forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void aRunSeesTheConfiguredNumberOfExamples() {
    assertThat(sample(OkrGen.okrSets())).hasSize(OkrTheories.examples());
  }

  @Test
  void documentsSpanSeveralTeamsCyclesAndBothKindsOfAlignment() {
    List<OkrSet> sets = sample(OkrGen.okrSets());
    assertThat(sets).anySatisfy(set -> {
      Set<Owner> owners = set.objectives().stream().flatMap(o -> o.owner().stream()).collect(Collectors.toSet());
      Set<Cycle> cycles = set.objectives().stream().flatMap(o -> o.cycle().stream()).collect(Collectors.toSet());
      assertThat(owners).hasSizeGreaterThanOrEqualTo(3);
      assertThat(cycles).hasSizeGreaterThanOrEqualTo(3);
    });
    List<Alignment> alignments = sets.stream().flatMap(s -> s.objectives().stream())
        .flatMap(o -> o.alignment().stream()).toList();
    assertThat(alignments).extracting(Alignment::kind).contains(Alignment.Kind.OBJECTIVE, Alignment.Kind.KEY_RESULT);
    assertThat(sets).extracting(s -> s.objectives().size()).contains(1, 10);
    assertThat(sets).anySatisfy(s -> assertThat(s.objectives()).anySatisfy(o -> assertThat(o.initiatives()).isNotEmpty()));
  }

  @Test
  void documentsCarryPrioritiesReportsAndOrigins() {
    List<OkrSet> sets = sample(OkrGen.okrSets());
    List<Objective> objectives = sets.stream().flatMap(s -> s.objectives().stream()).toList();
    List<KeyResult> keyResults = sets.stream().flatMap(s -> s.keyResults().stream()).toList();
    assertThat(objectives).anySatisfy(o -> assertThat(o.priority()).isPresent())
        .anySatisfy(o -> assertThat(o.reported()).isPresent())
        .anySatisfy(o -> assertThat(o.origin()).isPresent())
        .anySatisfy(o -> assertThat(o.initiatives()).anySatisfy(i -> assertThat(i.origin()).isPresent()));
    assertThat(keyResults).anySatisfy(kr -> assertThat(kr.priority()).isPresent())
        .anySatisfy(kr -> assertThat(kr.origin()).hasValueSatisfying(p -> assertThat(p.file()).isPresent()))
        .anySatisfy(kr -> assertThat(kr.origin()).hasValueSatisfying(p -> assertThat(p.file()).isEmpty()))
        .anySatisfy(kr -> assertThat(kr.source()).isPresent().isNotEqualTo(kr.origin()));
    List<Reported> reports = sample(OkrGen.reports());
    assertThat(reports).anySatisfy(r -> assertThat(r.score()).isPresent())
        .anySatisfy(r -> assertThat(r.status()).isPresent())
        .anySatisfy(r -> {
          assertThat(r.score()).isPresent();
          assertThat(r.status()).isPresent();
        })
        .anySatisfy(r -> assertThat(r.score()).contains(1.0))
        .anySatisfy(r -> assertThat(r.score()).contains(0.0));
    assertThat(sample(OkrGen.priorities())).contains("P0", "high");
  }

  @Test
  void keyResultsAreMeasuredEveryWay() {
    List<KeyResult> keyResults = sample(OkrGen.okrSets()).stream()
        .flatMap(s -> s.keyResults().stream()).toList();
    Set<MeasurementType> types = EnumSet.noneOf(MeasurementType.class);
    keyResults.forEach(kr -> kr.measurement().ifPresent(m -> types.add(m.type())));
    assertThat(types).containsExactlyInAnyOrder(MeasurementType.values());
    assertThat(keyResults).anySatisfy(kr -> assertThat(kr.measurement()).isEmpty());
    assertThat(keyResults).anySatisfy(kr -> assertThat(kr.checkIns()).hasSizeGreaterThanOrEqualTo(6));
  }

  @Test
  void numbersAreRealisticOrExtremeButFinite() {
    List<Measurement> measurements = sample(OkrGen.measurements(MeasurementType.INCREASE));
    List<Double> numbers = measurements.stream()
        .flatMap(m -> java.util.stream.DoubleStream.of(
            m.baseline().orElse(Double.NaN), m.target().orElse(Double.NaN), m.stretch().orElse(Double.NaN)).boxed())
        .filter(d -> !d.isNaN())
        .toList();
    assertThat(numbers).allMatch(Double::isFinite);
    assertThat(numbers).anyMatch(d -> Math.abs(d) >= 1e300);
    assertThat(numbers).anyMatch(d -> d != 0 && Math.abs(d) <= 1e-300);
    assertThat(numbers).anyMatch(d -> d < 0);
    assertThat(numbers).anyMatch(d -> d > 1 && d < 100 && d != Math.rint(d));
    assertThat(measurements).anySatisfy(m -> assertThat(m.unit()).isPresent());
  }

  @Test
  void textsGoBeyondAscii() {
    List<String> texts = sample(OkrGen.texts());
    assertThat(texts).anyMatch(t -> t.chars().anyMatch(c -> c > 0x7F && c < 0x800));
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x9FFF));
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT));
    assertThat(texts).anyMatch(t -> t.contains("\n") || t.contains(": ") || t.contains("\""));
    assertThat(sample(OkrGen.ids())).anyMatch(id -> id.chars().anyMatch(c -> c > 0x7F));
  }

  @Test
  void cyclesAreQuartersYearsAndRangesAcrossFourDigitYears() {
    List<Cycle> cycles = sample(OkrGen.cycles());
    assertThat(cycles).extracting(Cycle::kind).contains(Cycle.Kind.values());
    assertThat(cycles).anyMatch(c -> c.start().getYear() < 1000);
    assertThat(cycles).anyMatch(c -> c.end().getYear() > 9000);
    assertThat(cycles).anyMatch(c -> c.lengthInDays() == 1);
    assertThat(cycles).allMatch(c -> c.start().getYear() >= 0 && c.end().getYear() <= 9999);
  }

  @Test
  void instantsCrowdQuarterBoundariesAndZonesSpanTheWorld() {
    assertThat(sample(OkrGen.instants()))
        .anyMatch(i -> !Cycle.quarterOf(i, java.time.ZoneId.of("America/Los_Angeles"))
            .equals(Cycle.quarterOf(i, java.time.ZoneOffset.UTC)))
        .anyMatch(i -> !Cycle.quarterOf(i, java.time.ZoneId.of("Pacific/Kiritimati"))
            .equals(Cycle.quarterOf(i, java.time.ZoneOffset.UTC)));
    assertThat(sample(OkrGen.zones()).stream().distinct().count()).isGreaterThan(200);
  }

  @Test
  void everyViolationIsBrokenAndAtManyPlaces() {
    List<BrokenOkrSet> broken = sample(OkrGen.broken());
    assertThat(broken).extracting(BrokenOkrSet::violation).contains(Violation.values());
    // the path without its indices: where in a document the break was made; blank texts have the
    // most places (14), too many to count on all of them in a run over every violation
    List<BrokenOkrSet> blankTexts = sample(OkrGen.broken(Violation.BLANK_TEXT));
    Set<String> places = java.util.stream.Stream.concat(broken.stream(), blankTexts.stream())
        .map(b -> b.path().replaceAll("\\[\\d+]", "[]")).collect(Collectors.toSet());
    assertThat(places).contains(
        "objectives[].id", "objectives[].keyResults[].measurement.target", "objectives[].keyResults[].checkIns[].date",
        "objectives[].initiatives[].keyResultIds[]", "objectives[].alignment.parentId", "objectives[].cycle.end",
        "objectives[].keyResults[].measurement.milestones[].name", "objectives[].keyResults[].checkIns[].milestonesDone[]");
    // every place a break is made: 3 ids, 3 titles, 14 other texts, 6 numbers, confidence, a check-in's
    // kind, its achieved and milestonesDone (recording two things), milestones, a check-in's date, a
    // cycle's start and its end, 3 source positions' lines and columns
    assertThat(places).hasSize(40);
    assertThat(broken).anyMatch(b -> b.value() == null);
  }

  @Test
  void alignmentCyclesRunThroughObjectivesAndKeyResults() {
    List<BrokenOkrSet> cycles = sample(OkrGen.broken(Violation.ALIGNMENT_CYCLE));
    List<String> loops = cycles.stream().map(BrokenOkrSet::value).filter(Objects::nonNull).toList();
    assertThat(loops).anyMatch(loop -> loop.split(" -> ").length == 2); // aligned to itself
    assertThat(loops).anyMatch(loop -> loop.split(" -> ").length >= 4);
    assertThat(cycles).anySatisfy(b -> {
      String cascaded = b.value().split(" -> ")[1];
      assertThat(b.valid().keyResult(cascaded)).isPresent();
    });
  }

  @Test
  void objectivesStandOnTheirOwn() {
    List<Objective> objectives = sample(OkrGen.objectives());
    assertThat(objectives).anySatisfy(o -> assertThat(o.alignment()).isPresent());
    assertThat(objectives).anySatisfy(o -> assertThat(o.initiatives()).anySatisfy(i -> assertThat(i.keyResultIds()).isNotEmpty()));
    assertThat(objectives).anySatisfy(o -> assertThat(o.cycle()).isEmpty());
  }
}
