package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.scoring.Profiles;
import dev.okr.scoring.RollupPolicy;
import dev.okr.scoring.ScoringPolicy;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Objective rollups in batch: unscored rows counted as zero or left out, sums that would overflow
 * refused row by row (the weights, and the weighted contributions when overshoot is kept), rows of
 * one objective apart giving one rollup per run under contiguous order, and the builder's bounds.
 */
class BatchRollupsTest {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight\n";

  private record Result(BatchSummary summary, String out, String rejects, String rollups) {}

  private static Result run(BatchGrader grader, String rows) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    StringWriter rollups = new StringWriter();
    BatchSummary summary = CsvBatch.of(grader).grade(new StringReader(HEADER + rows), out, rejects, Optional.of(rollups));
    return new Result(summary, out.toString(), rejects.toString(), rollups.toString());
  }

  @Test
  void anUnscoredRowCountsAsZeroOrIsLeftOut() {
    String rows = "O,K1,committed,increase,0,10,10,1\nO,K2,committed,increase,0,10,,1\n";
    assertThat(run(BatchGrader.defaults(), rows).rollups().lines())
        .contains("O,committed,2,1,0.5,0.5,missed,red,2,3");
    BatchGrader omit = BatchGrader.builder().profile(Profiles.okr().withRollup(
        RollupPolicy.builder().unscored(RollupPolicy.Unscored.OMIT).build())).build();
    assertThat(run(omit, rows).rollups().lines()).contains("O,committed,2,1,1.0,1.0,met,green,2,3");
  }

  @Test
  void unscoredWeightsThatWouldOverflowAreRefusedOnlyWhenTheyCount() {
    String rows = "O,K1,committed,increase,0,10,,1e308\nO,K2,committed,increase,0,10,,1e308\n";
    Result zero = run(BatchGrader.defaults(), rows);
    assertThat(zero.rejects().lines()).hasSize(2).last().asString()
        .startsWith("3,\"weight 1e308 makes the weights of objective O add up beyond the largest finite number");
    BatchGrader omit = BatchGrader.builder().profile(Profiles.okr().withRollup(
        RollupPolicy.builder().unscored(RollupPolicy.Unscored.OMIT).build())).build();
    assertThat(run(omit, rows).rejects().lines()).containsExactly("line,reason,record");
  }

  @Test
  void aKeptOvershootThatWouldOverflowTheWeightedSumIsRefused() {
    BatchGrader keep = BatchGrader.builder().profile(Profiles.okr().withScoring(
        ScoringPolicy.builder().overshoot(ScoringPolicy.Overshoot.KEEP).build())).build();
    // attainment 1e10 at weight 1e300: the weights add up, their products with the contributions do not
    Result r = run(keep, "O,K1,committed,increase,0,10,1e11,1e300\nO,K2,committed,increase,0,10,5,1\n");
    assertThat(r.rejects().lines()).hasSize(2).last().asString()
        .startsWith("2,\"weight 1e300 makes the weights of objective O add up beyond the largest finite number");
    // the objective's first row refused: its rollup starts with the next row
    assertThat(r.rollups().lines()).contains("O,committed,1,1,0.5,0.5,missed,red,3,3");
    // a negative contribution kept counts by its size
    BatchGrader negative = BatchGrader.builder().profile(Profiles.okr().withScoring(
        ScoringPolicy.builder().belowBaseline(ScoringPolicy.BelowBaseline.KEEP_NEGATIVE).build())).build();
    assertThat(run(negative, "O,K1,committed,increase,0,10,-1e11,1e300\n").rejects().lines()).hasSize(2);
  }

  @Test
  void underContiguousOrderRowsApartGiveOneRollupPerRun() {
    String rows = "O1,K1,committed,increase,0,10,10,1\nO2,K2,committed,increase,0,10,0,1\nO1,K3,committed,increase,0,10,0,1\n";
    assertThat(run(BatchGrader.builder().order(ObjectiveOrder.CONTIGUOUS).build(), rows).rollups().lines()).containsExactly(
        "objective_id,kind,key_results,scored,score,raw,grade,colour,first_line,last_line",
        "O1,committed,1,1,1.0,1.0,met,green,2,2",
        "O2,committed,1,1,0.0,0.0,missed,red,3,3",
        "O1,committed,1,1,0.0,0.0,missed,red,4,4");
    assertThat(run(BatchGrader.defaults(), rows).rollups().lines()).containsExactly(
        "objective_id,kind,key_results,scored,score,raw,grade,colour,first_line,last_line",
        "O1,committed,2,2,0.5,0.5,missed,red,2,4",
        "O2,committed,1,1,0.0,0.0,missed,red,3,3");
  }

  @Test
  void theBuildersBoundsAndWhatItHolds() {
    assertThat(BatchGrader.builder().parallelism(1).chunkSize(1).build()).isNotNull();
    assertThatThrownBy(() -> BatchGrader.builder().parallelism(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parallelism must be at least 1 (was 0)");
    assertThatThrownBy(() -> BatchGrader.builder().chunkSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chunkSize must be at least 1 (was 0)");
    assertThat(BatchGrader.defaults().decimalComma()).isFalse();
    assertThat(BatchGrader.builder().decimalComma(true).build().decimalComma()).isTrue();
    assertThat(BatchGrader.defaults().profile()).isEqualTo(Profiles.okr());
    assertThat(BatchGrader.defaults().at()).isEmpty();
    assertThat(BatchGrader.defaults().history()).isEmpty();
    CheckInHistory history = CheckInHistory.read(new java.io.StringReader("kr_id,date,value\nK,2026-08-01,1\n"));
    BatchGrader dated = BatchGrader.builder().history(history, java.time.LocalDate.parse("2026-08-19")).build();
    assertThat(dated.at()).contains(java.time.LocalDate.parse("2026-08-19"));
    assertThat(dated.history()).containsSame(history);
  }

  @Test
  void parallelGradingWithOneRowPerChunkWritesWhatSequentialGradingWrites() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      rows.append("O").append(i % 3).append(",K").append(i).append(",committed,increase,0,10,").append(i % 11).append(",1\n");
    }
    Result sequential = run(BatchGrader.defaults(), rows.toString());
    Result parallel = run(BatchGrader.builder().parallelism(3).chunkSize(1).build(), rows.toString());
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.summary().toString()).contains("40");
  }
}
