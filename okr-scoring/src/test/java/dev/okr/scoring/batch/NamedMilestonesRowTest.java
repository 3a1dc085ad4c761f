package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A milestones row that names its milestones ({@code milestone_names}, weights after {@code *}) and
 * those done ({@code milestones_done}, as many as {@code current} counts): scored as {@link Scorer}
 * scores the key result, and rejected, naming the column and the value, when the parts disagree.
 */
class NamedMilestonesRowTest {
  private static final LocalDate AT = LocalDate.parse("2026-08-19");
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,milestone_names,milestones_done\n";

  private record Result(BatchSummary summary, List<String> out, List<String> rejects) {}

  private static Result run(String rows, Optional<CheckInHistory> history) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    BatchGrader.Builder builder = BatchGrader.builder();
    history.ifPresent(h -> builder.history(h, AT));
    BatchSummary summary = CsvBatch.of(builder.build()).grade(new StringReader(rows), out, rejects, Optional.empty());
    return new Result(summary, out.toString().lines().toList(), rejects.toString().lines().toList());
  }

  private static KeyResult invoicing(List<CheckIn> checkIns) {
    return KeyResult.builder().id("invoicing").statement("invoicing")
        .measurement(Measurement.builder().type(MeasurementType.MILESTONES).milestones(List.of(
            Milestone.of("pilot teams"), Milestone.of("half of paying teams", 2), Milestone.of("all paying teams"))).build())
        .checkIns(checkIns).build();
  }

  @Test
  void aWeightedNamedRowScoresTheWeightDoneOverTheTotalAsTheScorerDoes() {
    Score.Scored expected = (Score.Scored) Scorer.defaults().score(invoicing(List.of(
        CheckIn.milestonesDone(AT, List.of("pilot teams", "half of paying teams")))), AT);
    Result r = run(HEADER
        + "rev,invoicing,committed,milestones,,3,2,1,pilot teams; half of paying teams *2; all paying teams,"
        + "half of paying teams;pilot teams\n"
        // target may be left empty; done need not be the first ones
        + "rev,late,committed,milestones,,,1,1,a;b *3,b\n"
        + "rev,none,committed,milestones,,,0,1,a;b *3,\n"
        + "rev,unchecked,committed,milestones,,,,1,a;b *3,\n"
        // without names: the count form, unchanged
        + "rev,count,committed,milestones,,4,1,1,,\n", Optional.empty());
    assertThat(r.rejects()).containsExactly("line,reason,record");
    assertThat(r.out().get(1)).endsWith("," + expected.value() + "," + expected.attainment() + ",missed,red");
    assertThat(expected.value()).isEqualTo(0.75);
    assertThat(r.out().get(2)).contains(",0.75,0.75,");
    assertThat(r.out().get(3)).contains(",0.0,0.0,");
    assertThat(r.out().get(4)).contains(",unscored,");
    assertThat(r.out().get(5)).contains(",0.25,0.25,");
  }

  @Test
  void partsThatDisagreeRejectTheRowNamingTheColumnAndTheValue() {
    Result r = run(HEADER
        + "o,k2,,milestones,,,1,1,a;b,c\n"
        + "o,k3,,milestones,,,1,1,a *0;b,a\n"
        + "o,k4,,milestones,,,1,1,a *two;b,a\n"
        + "o,k5,,milestones,,,1,1,a;b;a,a\n"
        + "o,k6,,milestones,,3,1,1,a;b,a\n"
        + "o,k7,,milestones,,,2,1,a;b,a\n"
        + "o,k8,,milestones,,,1,1,a;b,\n"
        + "o,k9,,milestones,,,,1,a;b,a\n"
        + "o,k10,,milestones,,2,1,1,,a\n"
        + "o,k11,,increase,0,10,5,1,a;b,\n"
        + "o,k12,,milestones,,,3,1,a;b,a;b\n"
        + "o,k13,,milestones,,,2,1,a;b,a;a\n", Optional.empty());
    assertThat(r.summary().graded()).isZero();
    assertThat(r.rejects()).containsExactly(
        "line,reason,record",
        "2,\"milestones_done names \"\"c\"\", which is not among milestone_names (a; b)\",\"o,k2,,milestones,,,1,1,a;b,c\"",
        "3,\"milestone_names \"\"a *0;b\"\" gives milestone 1 (\"\"a\"\") the weight 0; a weight must be greater than 0\","
            + "\"o,k3,,milestones,,,1,1,a *0;b,a\"",
        "4,\"milestone_names \"\"a *two;b\"\" gives milestone 1 (\"\"a\"\") the weight \"\"two\"\", which is not a number\","
            + "\"o,k4,,milestones,,,1,1,a *two;b,a\"",
        "5,\"milestone_names \"\"a;b;a\"\" names milestone \"\"a\"\" twice (milestones 1 and 3)\",\"o,k5,,milestones,,,1,1,a;b;a,a\"",
        "6,\"target 3 disagrees with milestone_names, which names 2 milestones; leave target empty or make them agree\","
            + "\"o,k6,,milestones,,3,1,1,a;b,a\"",
        "7,\"current 2 disagrees with milestones_done, which names 1 milestone done; name each milestone done there\","
            + "\"o,k7,,milestones,,,2,1,a;b,a\"",
        "8,\"current 1 disagrees with milestones_done, which names 0 milestones done; name each milestone done there\","
            + "\"o,k8,,milestones,,,1,1,a;b,\"",
        "9,\"milestones_done \"\"a\"\" is given, but current is empty; give the count done in current too, or leave both empty"
            + " when there is no check-in\",\"o,k9,,milestones,,,,1,a;b,a\"",
        "10,\"milestones_done \"\"a\"\" names milestones done, but milestone_names is empty; name the milestones there, or leave"
            + " milestones_done empty and count them in target and current\",\"o,k10,,milestones,,2,1,1,,a\"",
        "11,\"milestone_names is given, but kr_type increase has no milestones; leave it empty\",\"o,k11,,increase,0,10,5,1,a;b,\"",
        "12,\"current 3 must be the milestones done, a whole number from 0 to 2\",\"o,k12,,milestones,,,3,1,a;b,a;b\"",
        "13,\"milestones_done \"\"a;a\"\" names milestone \"\"a\"\" twice (milestones 1 and 2)\",\"o,k13,,milestones,,,2,1,a;b,a;a\"");
  }

  @Test
  void withCheckInsTheNamedMilestonesDoneAreReadFromTheCheckInsFile() {
    String checkIns = """
        kr_id,date,value,milestones_done
        invoicing,2026-07-27,1,pilot teams
        invoicing,2026-09-07,2,pilot teams; half of paying teams
        wrong,2026-07-27,1,nobody
        count,2026-07-27,1,a
        short,2026-07-27,2,pilot teams
        """;
    String rows = HEADER
        + "rev,invoicing,committed,milestones,,3,,1,pilot teams; half of paying teams *2; all paying teams,\n"
        + "rev,wrong,committed,milestones,,3,,1,pilot teams; half of paying teams *2; all paying teams,\n"
        + "rev,count,committed,milestones,,3,,1,,\n"
        + "rev,short,committed,milestones,,3,,1,pilot teams; half of paying teams *2; all paying teams,\n"
        + "rev,disagrees,committed,milestones,,3,1,1,pilot teams; half of paying teams *2; all paying teams,all paying teams\n";
    String disagrees = "disagrees,2026-07-27,1,pilot teams\n";
    Result r = run(rows, Optional.of(CheckInHistory.read(new StringReader(checkIns + disagrees))));

    Score.Scored expected = (Score.Scored) Scorer.defaults().score(invoicing(List.of(
        CheckIn.milestonesDone(LocalDate.parse("2026-07-27"), List.of("pilot teams")),
        CheckIn.milestonesDone(LocalDate.parse("2026-09-07"), List.of("pilot teams", "half of paying teams")))), AT);
    assertThat(expected.value()).isEqualTo(0.25);
    assertThat(r.out()).hasSize(2);
    assertThat(r.out().get(1)).contains("," + expected.value() + "," + expected.attainment() + ",");
    assertThat(r.rejects()).hasSize(5);
    assertThat(r.rejects().get(1)).startsWith(
        "3,\"check-in line 4 (2026-07-27): milestones_done names \"\"nobody\"\", which is not among milestone_names");
    assertThat(r.rejects().get(2)).startsWith(
        "4,\"check-in line 5 (2026-07-27) names milestones_done \"\"a\"\", but the row names no milestones in milestone_names");
    assertThat(r.rejects().get(3)).startsWith(
        "5,\"check-in line 6 (2026-07-27): value \"\"2\"\" counts 2 milestones done, but its milestones_done names 1");
    assertThat(r.rejects().get(4)).startsWith(
        "6,\"current 1 differs from the check-in that counts at 2026-08-19 (1: pilot teams on 2026-07-27)");
  }

  @Test
  void theMilestoneColumnsAreReadWhereverTheyStandFirstIncluded() {
    Result names = run("milestone_names,objective_id,kr_id,kind,kr_type,baseline,target,current,weight,milestones_done\n"
        + "a;b *3,rev,k1,committed,milestones,,,1,1,b\n", Optional.empty());
    assertThat(names.rejects()).containsExactly("line,reason,record");
    assertThat(names.out().get(1)).contains(",0.75,0.75,");
    Result done = run("milestones_done,objective_id,kr_id,kind,kr_type,baseline,target,current,weight,milestone_names\n"
        + "b,rev,k1,committed,milestones,,,1,1,a;b *3\n"
        + "a,rev,k2,committed,increase,0,10,5,1,\n", Optional.empty());
    assertThat(done.out()).hasSize(2);
    assertThat(done.out().get(1)).contains(",0.75,0.75,");
    assertThat(done.rejects()).containsExactly("line,reason,record",
        "3,\"milestones_done is given, but kr_type increase has no milestones; leave it empty\",\"a,rev,k2,committed,increase,0,10,5,1,\"");
  }

  @Test
  void aTargetDisagreeingWithOneNamedMilestoneSaysMilestoneInTheSingular() {
    Result r = run(HEADER + "o,k,,milestones,,2,1,1,launch,launch\n", Optional.empty());
    assertThat(r.rejects()).containsExactly("line,reason,record",
        "2,\"target 2 disagrees with milestone_names, which names 1 milestone; leave target empty or make them agree\","
            + "\"o,k,,milestones,,2,1,1,launch,launch\"");
  }

  @Test
  void withCheckInsANamedRowNeedsNoTargetAndACountedRowTakesItsCountFromTheTarget() {
    String checkIns = """
        kr_id,date,value,milestones_done
        invoicing,2026-07-27,1,pilot teams
        count,2026-07-27,1,
        """;
    Result r = run(HEADER
        + "rev,invoicing,committed,milestones,,,,1,pilot teams; half of paying teams *2; all paying teams,\n"
        + "rev,count,committed,milestones,,4,,1,,\n", Optional.of(CheckInHistory.read(new StringReader(checkIns))));
    assertThat(r.rejects()).containsExactly("line,reason,record");
    // a quarter of the weight done either way: pilot teams (1 of 4), and 1 milestone of 4
    assertThat(r.out()).hasSize(3);
    assertThat(r.out().get(1)).contains(",0.25,0.25,");
    assertThat(r.out().get(2)).contains(",0.25,0.25,");
  }
}
