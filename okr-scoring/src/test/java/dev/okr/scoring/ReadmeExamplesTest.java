package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSummary;
import dev.okr.scoring.batch.CsvBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's scoring examples, run as printed there (okr-core's ReadmeSnippetsTest compares the text). */
class ReadmeExamplesTest {

  @Test
  void scoreAKeyResultAndGradeAnObjective() {
    // README:scoring:start
    KeyResult churn = KeyResult.builder()
        .id("kr-churn")
        .statement("Reduce churn rate from 5% to 3%")
        .measurement(Measurement.decrease(5.0, 3.0))
        .addCheckIns(CheckIn.value(LocalDate.of(2026, 2, 20), 3.5))
        .build();
    Scorer scorer = Scorer.of(Profiles.okr());                 // or Profiles.named("quantive"), ...
    Score score = scorer.score(churn, LocalDate.of(2026, 3, 31));
    if (score instanceof Score.Scored scored) {                // or Score.Unscored, with the reason
      System.out.println(scored.value());                      // 0.75
    }
    System.out.println(score.explanation().formula());
    // attainment = (current - baseline) / (target - baseline) = (3.5 - 5) / (3 - 5) = 0.75; score = 0.75

    Objective objective = Objective.builder()
        .id("obj-retention")
        .title("Customers stay because the product keeps its promise")
        .kind(ObjectiveKind.ASPIRATIONAL)
        .cycle(Cycle.parse("2026-Q1"))
        .addKeyResults(churn)
        .build();
    RollupScore rolled = scorer.score(objective, LocalDate.of(2026, 3, 31));
    if (rolled instanceof RollupScore.Scored scoredObjective) {  // or RollupScore.Unscored, with the reason
      Grade grade = Grader.defaults().grade(scoredObjective, objective.kind());
      System.out.println(grade);                               // 0.75 aspirational: above-expectation, green
    }
    // README:scoring:end

    assertThat(scored(score).value()).isEqualTo(0.75);
    assertThat(score.explanation().formula())
        .isEqualTo("attainment = (current - baseline) / (target - baseline) = (3.5 - 5) / (3 - 5) = 0.75; score = 0.75");
    assertThat(Grader.defaults().grade(scored(rolled), objective.kind())).hasToString("0.75 aspirational: above-expectation, green");
  }

  @Test
  void batchGradeACsv(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("krs.csv");
    Files.writeString(input, """
        objective_id,kr_id,kind,kr_type,baseline,target,current,weight,team
        O1,K1,committed,increase,42,60,51,1,growth
        O1,K2,committed,decrease,100,60,50,2,growth
        O2,K3,aspirational,at-least,,99.9,99.95,1,platform
        O2,K4,aspirational,increase,abc,10,5,1,platform
        """);
    // README:batch:start
    BatchGrader grader = BatchGrader.builder()
        .profile(Profiles.okr())
        .parallelism(2)
        .build();
    BatchSummary summary = CsvBatch.of(grader).grade(
        input, dir.resolve("graded.csv"), dir.resolve("rejects.csv"), Optional.of(dir.resolve("objectives.csv")));
    System.out.println(summary);
    // rows in 4 = graded 3 (scored 3, unscored 0) + rejected 1; objectives 2
    // README:batch:end

    assertThat(summary).hasToString("rows in 4 = graded 3 (scored 3, unscored 0) + rejected 1; objectives 2");
    assertThat(Files.readAllLines(dir.resolve("rejects.csv")))
        .containsExactly("line,reason,record",
            "5,\"baseline \"\"abc\"\" is not a number\",\"O2,K4,aspirational,increase,abc,10,5,1,platform\"");
    assertThat(Files.readAllLines(dir.resolve("objectives.csv")))
        .contains("O1,committed,2,2,0.8333333333333334,0.8333333333333334,missed,red,2,3");
  }
}
