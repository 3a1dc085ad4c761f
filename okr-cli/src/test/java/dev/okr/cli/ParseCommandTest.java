package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonHasTheDocumentedFields() throws Exception {
    Run run = Cli.run("parse", "--format", "json",
        "Achieve a trial-to-paid conversion rate of 25%, up from 14%",
        "Publish 10 blog posts",
        "Improve onboarding experience");

    assertThat(run.exit()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    JsonNode outcome = JSON.readTree(lines[0]);
    assertThat(outcome.get("text").asText()).isEqualTo("Achieve a trial-to-paid conversion rate of 25%, up from 14%");
    assertThat(outcome.get("direction").asText()).isEqualTo("increase");
    assertThat(outcome.get("metric").asText()).isEqualTo("trial-to-paid conversion rate");
    assertThat(outcome.get("baseline").get("value").asDouble()).isEqualTo(14);
    assertThat(outcome.get("target").get("value").asDouble()).isEqualTo(25);
    assertThat(outcome.get("target").get("relative").asBoolean()).isFalse();
    assertThat(outcome.get("target").get("text").asText()).isEqualTo("25%");
    assertThat(outcome.get("stretch").isNull()).isTrue();
    assertThat(outcome.get("unit").asText()).isEqualTo("%");
    assertThat(outcome.get("outcome").asBoolean()).isTrue();
    assertThat(outcome.get("missing")).extracting(JsonNode::asText).containsExactly("deadline");

    JsonNode output = JSON.readTree(lines[1]);
    assertThat(output.get("kind").asText()).isEqualTo("output");
    assertThat(output.get("outcome").asBoolean()).isFalse();
    assertThat(output.get("target").get("value").asDouble()).isEqualTo(10);

    JsonNode vague = JSON.readTree(lines[2]);
    assertThat(vague.get("outcome").isNull()).isTrue();
    assertThat(vague.get("baseline").isNull()).isTrue();
    assertThat(vague.get("missing")).extracting(JsonNode::asText).contains("number", "baseline", "target");
  }

  @Test
  void everyNumberIsAnObjectAndARelativeChangeIsATarget() throws Exception {
    Run run = Cli.run("parse", "--format", "json",
        "Increase trial conversion by 20% by end of Q3",
        "Reduce churn rate from 5% to 3%",
        "Triple the number of resellers",
        "Halve time to first value");

    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(JSON.readTree(lines[0]).get("target")).isEqualTo(JSON.readTree(
        "{\"value\":20,\"unit\":\"%\",\"relative\":true,\"placeholder\":false,\"bound\":null,\"text\":\"20%\",\"start\":29,\"end\":32}"));
    assertThat(JSON.readTree(lines[0]).get("baseline").isNull()).isTrue();
    assertThat(JSON.readTree(lines[0]).get("relativeChange").get("amount").asDouble()).isEqualTo(20);
    assertThat(JSON.readTree(lines[1]).get("baseline")).isEqualTo(JSON.readTree(
        "{\"value\":5,\"unit\":\"%\",\"relative\":false,\"placeholder\":false,\"bound\":null,\"text\":\"5%\",\"start\":23,\"end\":25}"));
    assertThat(JSON.readTree(lines[2]).get("target")).isEqualTo(JSON.readTree(
        "{\"value\":3,\"unit\":\"x\",\"relative\":true,\"placeholder\":false,\"bound\":null,\"text\":\"Triple\",\"start\":0,\"end\":6}"));
    JsonNode halve = JSON.readTree(lines[3]).get("target");
    assertThat(halve.get("value").asDouble()).isEqualTo(-50);
    assertThat(halve.get("unit").asText()).isEqualTo("%");
    assertThat(halve.get("relative").asBoolean()).isTrue();
  }

  @Test
  void aPlaceholderLeftToFillInIsATargetWithNoValue() throws Exception {
    Run run = Cli.run("parse", "--format", "json", "Grow self-serve ARR from $X to $Y");

    JsonNode line = JSON.readTree(run.out().strip());
    assertThat(line.get("target")).isEqualTo(JSON.readTree(
        "{\"value\":null,\"unit\":null,\"relative\":false,\"placeholder\":true,\"bound\":null,\"text\":\"$Y\",\"start\":31,\"end\":33}"));
    assertThat(line.get("baseline").get("placeholder").asBoolean()).isTrue();
    assertThat(line.get("baseline").get("text").asText()).isEqualTo("$X");
  }

  @Test
  void aStatementInAnotherLanguageIsNotRead() throws Exception {
    Run json = Cli.run("parse", "--format", "json", "Erhöhe die Kundenzufriedenheit auf 90%");
    JsonNode s = JSON.readTree(json.out().strip());
    assertThat(s.get("kind").asText()).isEqualTo("unreadable");
    assertThat(s.get("outcome").isNull()).isTrue();
    assertThat(s.get("target").isNull()).isTrue();
    assertThat(s.get("missing")).isEmpty();

    Run text = Cli.run("parse", "Erhöhe die Kundenzufriedenheit auf 90%");
    assertThat(text.out()).isEqualTo("Erhöhe die Kundenzufriedenheit auf 90%\n"
        + "  kind        unreadable (not English: the reader understands English key results)\n");
  }

  @Test
  void theHelpShowsTheJsonFormOfANumber() {
    Run run = Cli.run("parse", "--help");
    assertThat(run.out()).contains("{\"value\":20,\"unit\":\"%\",\"relative\":true,")
        .doesNotContain("(R2)");
  }

  @Test
  void textShowsEachPart() {
    Run run = Cli.run("parse", "Reduce churn rate from 5% to 3% by end of Q3");

    assertThat(run.out()).isEqualTo(String.join("\n",
        "Reduce churn rate from 5% to 3% by end of Q3",
        "  kind        outcome",
        "  direction   decrease",
        "  metric      churn rate",
        "  baseline    5 %  \"5%\"",
        "  target      3 %  \"3%\"",
        "  unit        %",
        "  deadline    by end of Q3",
        "  missing     nothing",
        "  measurement decrease from 5 to 3 (%)",
        ""));
  }

  @Test
  void aFileHasOneStatementALineAndKeepsLineNumbers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("krs.txt");
    Files.writeString(file, "Increase NPS from 42 to 60\n\nLaunch new dashboard\n");

    Run run = Cli.run("parse", "--format", "json", "--in", file.toString());

    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines[0]).get("line").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(lines[1]).get("line").asInt()).isEqualTo(3);
    assertThat(JSON.readTree(lines[1]).get("kind").asText()).isEqualTo("task");
  }

  @Test
  void statementsAndAFileExcludeEachOther(@TempDir Path dir) {
    Run both = Cli.run("parse", "--in", dir.resolve("x.txt").toString(), "Increase NPS from 42 to 60");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).startsWith("error: Give statements or --in FILE, not both\nTry 'okr parse --help' for usage.");

    Run none = Cli.run("parse");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).startsWith("error: Give one or more statements, or --in FILE");

    Run missing = Cli.run("parse", "--in", dir.resolve("x.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: " + dir.resolve("x.txt").toString().replace('\\', '/') + ": no such file\n");
  }
}
