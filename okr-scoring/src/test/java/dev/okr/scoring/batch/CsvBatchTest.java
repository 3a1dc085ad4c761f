package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.scoring.Profiles;
import java.io.StringReader;
import java.io.StringWriter;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Score;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV in and out: graded rows, rejects with line numbers and reasons, rollups, counts that add up. */
class CsvBatchTest {
  private static final String INPUT = """
      objective_id,kr_id,kind,kr_type,baseline,target,current,weight,team
      O1,K1,committed,increase,42,60,51,1,growth
      O1,K2,committed,decrease,100,60,50,,growth
      O2,K3,aspirational,increase,0,10
      O2,K4,aspirational,increase,abc,10,5,1,x
      O2,K5,aspirational,increase,0,10,NaN,1,x
      O2,K6,aspirational,increase,5,5,5,1,x
      O3,K7,stretchy,increase,0,10,5,1,x
      O3,K8,aspirational,at-least,,99.9,99.95,1,x
      O3,K9,aspirational,binary,,,yes,2,x
      O3,K10,aspirational,milestones,,4,3,1,x
      O3,K11,aspirational,increase,0,10,,1,x
      O4,"K,12",committed,increase,0,10,10,1,"quoted, team"
      O3,K13,committed,increase,0,10,10,1,x
      O5,K14,committed,grow,0,10,10,1,x
      O5,K15,committed,increase,0,10,5,0,x
      O5,K16,committed,increase,10,0,5,1,x
      """;

  private record Result(BatchSummary summary, String out, String rejects, String rollups) {}

  private static Result run(String input, BatchGrader grader) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    StringWriter rollups = new StringWriter();
    BatchSummary summary = CsvBatch.of(grader).grade(new StringReader(input), out, rejects, Optional.of(rollups));
    return new Result(summary, out.toString(), rejects.toString(), rollups.toString());
  }

  @Test
  void gradesRowsPassesExtraColumnsThroughAndRejectsMalformedRowsWithTheirLines() {
    Result r = run(INPUT, BatchGrader.defaults());
    assertThat(r.summary()).isEqualTo(new BatchSummary(16, 7, 6, 1, 9, 3));
    assertThat(r.out().lines()).containsExactly(
        "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,team,score,attainment,grade,colour",
        "O1,K1,committed,increase,42,60,51,1,growth,0.5,0.5,missed,red",
        "O1,K2,committed,decrease,100,60,50,,growth,1.0,1.25,met,green",
        "O3,K8,aspirational,at-least,,99.9,99.95,1,x,1.0,1.0,above-expectation,green",
        "O3,K9,aspirational,binary,,,yes,2,x,1.0,1.0,above-expectation,green",
        "O3,K10,aspirational,milestones,,4,3,1,x,0.75,0.75,above-expectation,green",
        "O3,K11,aspirational,increase,0,10,,1,x,,,unscored,",
        "O4,\"K,12\",committed,increase,0,10,10,1,\"quoted, team\",1.0,1.0,met,green");
    assertThat(r.rejects().lines()).containsExactly(
        "line,reason,record",
        "4,\"row has 6 fields; the header has 9\",\"O2,K3,aspirational,increase,0,10\"",
        "5,\"baseline \"\"abc\"\" is not a number\",\"O2,K4,aspirational,increase,abc,10,5,1,x\"",
        "6,\"current \"\"NaN\"\" is not a number\",\"O2,K5,aspirational,increase,0,10,NaN,1,x\"",
        "7,\"target 5 must differ from the baseline for linear scoring (flat-range=reject)\",\"O2,K6,aspirational,increase,5,5,5,1,x\"",
        "8,\"kind \"\"stretchy\"\" is not committed, aspirational or empty\",\"O3,K7,stretchy,increase,0,10,5,1,x\"",
        "14,\"kind \"\"committed\"\" differs from \"\"aspirational\"\" on line 9 of objective O3\",\"O3,K13,committed,increase,0,10,10,1,x\"",
        "15,\"kr_type \"\"grow\"\" is not one of increase, decrease, at-least, at-most, binary, milestones\",\"O5,K14,committed,grow,0,10,10,1,x\"",
        "16,\"weight 0 must be greater than 0\",\"O5,K15,committed,increase,0,10,5,0,x\"",
        "17,\"target 0 must be above the baseline 10 for an increase\",\"O5,K16,committed,increase,10,0,5,1,x\"");
    assertThat(r.rollups().lines()).containsExactly(
        "objective_id,kind,key_results,scored,score,raw,grade,colour,first_line,last_line",
        "O1,committed,2,2,0.75,0.75,missed,red,2,3",
        "O3,aspirational,4,3,0.75,0.75,above-expectation,green,9,12",
        "O4,committed,1,1,1.0,1.0,met,green,13,13");
  }

  @Test
  void profilesChangeTheScoresAndFlatRanges() {
    Result tracker = run(INPUT, BatchGrader.builder().profile(Profiles.okrTracker()).build());
    assertThat(tracker.out()).contains("O2,K6,aspirational,increase,5,5,5,1,x,0.5,0.5,below-expectation,yellow");
    assertThat(tracker.out()).contains("O3,K11,aspirational,increase,0,10,,1,x,0.0,0.0,unrealistic,red");
    assertThat(tracker.summary().rejected()).isEqualTo(8);
  }

  @Test
  void aDecreaseStillAtItsBaselineScoresZeroNotNegativeZero() {
    Result r = run("objective_id,kr_id,kind,kr_type,baseline,target,current,weight\nO1,K1,committed,decrease,8.8,4,8.8,1\n",
        BatchGrader.defaults());
    assertThat(r.out().lines()).element(1).isEqualTo("O1,K1,committed,decrease,8.8,4,8.8,1,0.0,-0.0,missed,red");
  }

  @Test
  void anUnusableHeaderStopsTheRunWithItsLine() {
    assertThatThrownBy(() -> run("objective_id,kr_id,kind\nO1,K1,committed\n", BatchGrader.defaults()))
        .isInstanceOf(BatchException.class)
        .hasMessage("line 1: header lacks the required column \"kr_type\"; required: objective_id, kr_id, kind, kr_type,"
            + " baseline, target, current, weight");
    assertThatThrownBy(() -> run("", BatchGrader.defaults()))
        .isInstanceOf(BatchException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> run("objective_id,kr_id,kind,kr_type,baseline,target,current,weight,score\n", BatchGrader.defaults()))
        .isInstanceOf(BatchException.class).hasMessageContaining("already has a column \"score\"");
  }

  @Test
  void filesInAndOut(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, INPUT);
    BatchSummary summary = CsvBatch.of(BatchGrader.defaults())
        .grade(in, dir.resolve("out.csv"), dir.resolve("rejects.csv"), Optional.of(dir.resolve("rollups.csv")));
    assertThat(summary.rowsIn()).isEqualTo(summary.graded() + summary.rejected());
    assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(1 + (int) summary.graded());
    assertThat(Files.readAllLines(dir.resolve("rejects.csv"))).hasSize(1 + (int) summary.rejected());
    assertThat(Files.readAllLines(dir.resolve("rollups.csv"))).hasSize(1 + (int) summary.objectives());
  }

  @Test
  void theStreamingApiGradesRowsBuiltInMemory() {
    Columns columns = Columns.of(List.of("objective_id", "kr_id", "kind", "kr_type", "baseline", "target", "current", "weight"));
    List<KeyResultRow> rows = List.of(
        KeyResultRow.of(2, columns, List.of("O1", "K1", "aspirational", "increase", "0", "100", "70", "")),
        KeyResultRow.of(3, columns, List.of("O1", "K2", "aspirational", "decrease", "10", "5", "20", "")));
    List<GradedRow> graded = new java.util.ArrayList<>();
    BatchSummary summary = BatchGrader.defaults().grade(rows.stream(), new BatchSink() {
      @Override
      public void graded(GradedRow row) {
        graded.add(row);
      }

      @Override
      public void rejected(RejectedRow row) {
        throw new AssertionError(row);
      }
    });
    assertThat(summary.graded()).isEqualTo(2);
    assertThat(((Score.Scored) graded.get(0).score()).value()).isEqualTo(0.7);
    assertThat(graded.get(0).grade().map(Grade::verdict)).contains(dev.okr.scoring.Verdict.HEALTHY);
    assertThat(((Score.Scored) graded.get(1).score()).attainment()).isEqualTo(-2.0);
    assertThat(((Score.Scored) graded.get(1).score()).value()).isEqualTo(0.0);
    assertThat(graded.get(1).score().explanation().formula())
        .isEqualTo("attainment = (current - baseline) / (target - baseline) = (20 - 10) / (5 - 10) = -2; contribution = 0"
            + " (below-baseline=zero); score = 0");
  }
}
