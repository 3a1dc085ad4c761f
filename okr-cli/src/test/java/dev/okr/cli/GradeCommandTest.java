package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void gradesTheSampleAtTheEndOfTheCycle() {
    Run run = Cli.run("grade", "--at", "2026-09-30", Cli.sample("q3.yaml"));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    // the cycle ends on its last day: final grades, coloured as graded, no status or forecast
    assertThat(run.out()).startsWith("../samples/q3.yaml: at 2026-09-30 with profile okr\n")
        .contains("Objective sync (committed, team:Platform, 2026-Q3, ended) [line 36]: Give every writer sync they never have to think about\n"
            + "  score 0.93  missed  red\n")
        // 37.5 of 31 -> 40 is 6.5 / 9
        .contains("  KR retention-8w [line 13]: Increase 8-week retention of new sign-ups from 31% to 40%\n"
            + "     score 0.72  above-expectation  green\n")
        // a launch cannot be overdone: done is above expectation, not possibly sandbagged
        .contains("  KR template-gallery [line 102]: Launch the template gallery\n     score 1  above-expectation  green\n")
        .contains("  committed hit rate (score >= 0.8)       3/4 (75%), target 80%+  below target\n")
        .contains("  strategic alignment (linked to company) 2/3 (67%), target 90%+  below target  misaligned (below 70%)\n")
        .contains("  task-like key results                   22%\n");
    assertThat(run.lastLine()).isEqualTo("Sandbagging (aspirational mean >= 0.95 in 3 cycles in a row): no team flagged");
  }

  @Test
  void midCycleShowsStatusAndForecast() {
    Run run = Cli.run("grade", "--at", "2026-08-19", Cli.sample("q3.yaml"));

    assertThat(run.exit()).isZero();
    // 7 weeks of 13 elapsed: an aspirational key result is expected at about 0.7 x 0.54
    assertThat(run.out()).contains("  KR retention-8w [line 13]: Increase 8-week retention of new sign-ups from 31% to 40%\n"
        + "     score 0.47  on-track  green  expected 0.38  forecast ");
  }

  @Test
  void jsonHasEveryObjectiveKeyResultAndThePortfolio() throws Exception {
    Run run = Cli.run("grade", "--at", "2026-09-30", "--format", "json", Cli.sample("q3.yaml"));

    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("date").asText()).isEqualTo("2026-09-30");
    assertThat(root.get("objectives")).hasSize(4);
    JsonNode sync = root.get("objectives").get(1);
    assertThat(sync.get("id").asText()).isEqualTo("sync");
    assertThat(sync.get("grade").asText()).isEqualTo("missed");
    assertThat(sync.get("source").get("line").asInt()).isEqualTo(36);
    JsonNode conflicts = sync.get("keyResults").get(0);
    assertThat(conflicts.get("score").asDouble()).isEqualTo(1.0);
    assertThat(conflicts.get("grade").asText()).isEqualTo("met");
    assertThat(conflicts.get("phase").asText()).isEqualTo("ended");
    assertThat(conflicts.get("status").isNull()).isTrue();
    assertThat(cycle(root).get("committedHitRate").get("threshold").asDouble()).isEqualTo(0.8);
    JsonNode cycle = root.get("portfolio").get("cycles").get(0);
    assertThat(cycle.get("cycle").asText()).isEqualTo("2026-Q3");
    assertThat(cycle.get("committedHitRate").get("hits").asInt()).isEqualTo(3);
    assertThat(cycle.get("committedHitRate").get("total").asInt()).isEqualTo(4);
    assertThat(cycle.get("distribution").get("team:Growth").get("aspirational").get("count").asInt()).isEqualTo(3);
    assertThat(root.get("portfolioError").isNull()).isTrue();
  }

  private static JsonNode cycle(JsonNode root) {
    return root.get("portfolio").get("cycles").get(0);
  }

  @Test
  void csvHasARowPerObjectiveAndKeyResult() {
    Run run = Cli.run("grade", "--at", "2026-09-30", "--format", "csv", Cli.sample("q3.yaml"));

    String[] lines = run.out().strip().split("\n");
    assertThat(lines[0]).isEqualTo(String.join(",", GradeCommand.CSV_COLUMNS));
    assertThat(lines).hasSize(1 + 4 + 9);
    // the score as shown, the attainment unrounded
    assertThat(lines[1]).startsWith("objective,retention,,aspirational,team:Company,2026-Q3,8,0.66,,healthy,green,");
    assertThat(lines[2]).startsWith("key-result,retention,retention-8w,aspirational,team:Company,2026-Q3,13,0.72,0.7222222222222222,");
  }

  @Test
  void outlinesAreMeasuredByTheirStatementsAndWhatCannotBeScoredFailsTheRun(@TempDir Path dir) throws Exception {
    Path outline = dir.resolve("okrs.md");
    Files.writeString(outline, "## Objective: Make onboarding effortless (aspirational)\n"
        + "- Increase day-7 activation from 38% to 50%\n"
        + "- Improve onboarding experience\n");

    Run run = Cli.run("grade", "--at", "2026-09-30", outline.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("  not scored: key result O1.KR2 cannot be scored\n")
        .contains("  KR O1.KR1 [line 2]: Increase day-7 activation from 38% to 50%\n     unscored: ")
        .contains("  KR O1.KR2 [line 3]: Improve onboarding experience\n     cannot be scored: measurement: ")
        .contains("Portfolio figures not computed: 1 key result cannot be scored (see above)");
  }

  @Test
  void profilesChangeTheScoresAndUnknownOnesAreNamed() {
    Run gitlab = Cli.run("grade", "--at", "2026-09-30", "--profile", "gitlab", "--format", "csv", Cli.sample("q3.yaml"));
    assertThat(gitlab.exit()).isZero();
    // GitLab rounds to whole percent: 0.7222 becomes 0.72
    assertThat(gitlab.out()).contains("key-result,retention,retention-8w,aspirational,team:Company,2026-Q3,13,0.72,");

    Run unknown = Cli.run("grade", "--profile", "jira", Cli.sample("q3.yaml"));
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: --profile: no profile named \"jira\"; known: okr, gitlab, quantive");
  }

  @Test
  void badInputExitsTwo(@TempDir Path dir) throws Exception {
    Run date = Cli.run("grade", "--at", "2026-13-01", Cli.sample("q3.yaml"));
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err()).startsWith("error: Invalid value for option '--at'");

    Path json = dir.resolve("okrs.json");
    Files.writeString(json, "{\"formatVersion\": 1, \"objectives\": [{\"id\": \"a\", \"title\": \"T\", \"keyResult\": []}]}");
    Run run = Cli.run("grade", json.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + json.toString().replace('\\', '/') + ":1:")
        .contains("keyResult").contains("did you mean");
  }

  @Test
  void csvExportsTheCheckInsForBatchGradeAndTheMaintainKeyResultKeepsItsBatchRow(@TempDir Path dir) throws Exception {
    Path checkIns = dir.resolve("check-ins.csv");
    Run run = Cli.run("grade", "--at", "2026-08-19", "--format", "csv", "--check-ins-out", checkIns.toString(),
        Cli.sample("q3.yaml"));
    Run text = Cli.run("grade", "--at", "2026-08-19", "--check-ins-out", checkIns.toString(), Cli.sample("q3.yaml"));

    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    java.util.List<String> lines = Files.readAllLines(checkIns);
    assertThat(lines.get(0)).isEqualTo("objective_id,kr_id,date,value,milestones_done");
    assertThat(lines).anyMatch(l -> l.startsWith("sync,sync-latency,2026-") && l.endsWith(","));
    // named, weighted milestones: the count done and their names, in the key result's order
    assertThat(lines).filteredOn(l -> l.contains(",revenue-invoicing,")).containsExactly(
        "revenue,revenue-invoicing,2026-07-27,1,pilot teams",
        "revenue,revenue-invoicing,2026-09-07,2,pilot teams; half of paying teams",
        "revenue,revenue-invoicing,2026-09-28,2,pilot teams; half of paying teams");
    String latency = run.out().lines().filter(l -> l.startsWith("key-result,sync,sync-latency,")).findFirst().orElseThrow();
    assertThat(latency).doesNotContain("no batch row").endsWith(",at-most,,800,,722,1,,");
    String invoicing = run.out().lines().filter(l -> l.startsWith("key-result,revenue,revenue-invoicing,")).findFirst()
        .orElseThrow();
    assertThat(invoicing).doesNotContain("no batch row")
        .endsWith(",milestones,,3,,1,1,pilot teams; half of paying teams *2; all paying teams,pilot teams");
    assertThat(text.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(text.err()).contains("--check-ins-out goes with --format csv");
  }
}
