package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbers whose arithmetic would overflow are rejected with the reason, never scored wrongly, never abort the run. */
class NumbersTest {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,stretch\n";

  private record Result(BatchSummary summary, String out, String rejects, String rollups) {}

  private static Result run(String rows, BatchGrader grader) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    StringWriter rollups = new StringWriter();
    BatchSummary summary = CsvBatch.of(grader).grade(new StringReader(HEADER + rows), out, rejects, Optional.of(rollups));
    return new Result(summary, out.toString(), rejects.toString(), rollups.toString());
  }

  private static final String ROWS = """
      O1,K1,committed,increase,-1e308,1e308,1e308,1,
      O1,K2,committed,increase,-1e308,1e308,0,1,
      O1,K3,committed,increase,0,1e-308,1e308,1,
      O1,K4,committed,decrease,1e308,-1e308,0,1,
      O1,K5,committed,increase,0,1e308,1e308,1,-1e308
      O1,K6,committed,increase,0,10,5,1,
      O2,K7,aspirational,increase,0,10,5,1e308,
      O2,K8,aspirational,increase,0,10,10,1e308,
      O2,K9,aspirational,increase,0,10,10,1,
      """;

  @Test
  void overflowingNumbersAreRejectedWithTheReasonAndTheRunGoesOn() {
    Result r = run(ROWS, BatchGrader.defaults());
    assertThat(r.summary()).isEqualTo(new BatchSummary(9, 3, 3, 0, 6, 2));
    assertThat(r.out().lines()).containsExactly(
        "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,stretch,score,attainment,grade,colour",
        "O1,K6,committed,increase,0,10,5,1,,0.5,0.5,missed,red",
        "O2,K7,aspirational,increase,0,10,5,1e308,,0.5,0.5,below-expectation,yellow",
        "O2,K9,aspirational,increase,0,10,10,1,,1.0,1.0,possibly-sandbagged,green");
    assertThat(r.rejects().lines()).containsExactly(
        "line,reason,record",
        "2,\"baseline -1e308 and target 1e308 are too far apart: target - baseline overflows to Infinity\","
            + "\"O1,K1,committed,increase,-1e308,1e308,1e308,1,\"",
        "3,\"baseline -1e308 and target 1e308 are too far apart: target - baseline overflows to Infinity\","
            + "\"O1,K2,committed,increase,-1e308,1e308,0,1,\"",
        "4,\"the numbers overflow when scored: an attainment must be finite (was Infinity)\","
            + "\"O1,K3,committed,increase,0,1e-308,1e308,1,\"",
        "5,\"baseline 1e308 and target -1e308 are too far apart: target - baseline overflows to -Infinity\","
            + "\"O1,K4,committed,decrease,1e308,-1e308,0,1,\"",
        "6,\"target 1e308 and stretch -1e308 are too far apart: stretch - target overflows to -Infinity\","
            + "\"O1,K5,committed,increase,0,1e308,1e308,1,-1e308\"",
        "9,\"weight 1e308 makes the weights of objective O2 add up beyond the largest finite number, so its rollup could not be"
            + " computed\",\"O2,K8,aspirational,increase,0,10,10,1e308,\"");
    // O2: (0.5 * 1e308 + 1.0 * 1) / (1e308 + 1) = 0.5 in doubles: the huge weight dominates, as it should
    assertThat(r.rollups().lines()).containsExactly(
        "objective_id,kind,key_results,scored,score,raw,grade,colour,first_line,last_line",
        "O1,committed,1,1,0.5,0.5,missed,red,7,7",
        "O2,aspirational,2,2,0.5,0.5,below-expectation,yellow,8,10");
  }

  @Test
  void inParallelTheSameRowsAreRejectedAndNothingAborts() {
    Result sequential = run(ROWS, BatchGrader.defaults());
    Result parallel = run(ROWS, BatchGrader.builder().parallelism(2).chunkSize(2).build());
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void withoutRollupsAHugeWeightIsNoProblem() {
    Result r = run(ROWS, BatchGrader.builder().order(ObjectiveOrder.NONE).build());
    assertThat(r.summary()).isEqualTo(new BatchSummary(9, 4, 4, 0, 5, 0));
  }
}
