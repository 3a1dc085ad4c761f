package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.cli.Cli.Run;
import dev.okr.scoring.Colour;
import dev.okr.scoring.TrackStatus;
import dev.okr.scoring.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The sample's reports, mid-cycle and after it, say nothing that contradicts itself: no final grade
 * mid-cycle, no status or forecast after the end, colours that agree with the grade or the status,
 * no sandbagging where a key result cannot exceed its target, thresholds stated beside the hit
 * rates, and no long binary tails on scores.
 */
class GradeReportWordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MID = "2026-08-19";
  private static final Set<String> VERDICTS = Set.of("met", "missed", "unrealistic", "below-expectation", "healthy",
      "above-expectation", "possibly-sandbagged");
  private static final Set<String> STATUSES = Set.of("on-track", "at-risk", "off-track");
  /** A number with more than four decimals: the tail of binary arithmetic, or a score shown unrounded. */
  private static final Pattern LONG_TAIL = Pattern.compile("\\d\\.\\d{5,}");

  private static List<String> scoreLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("  score ") || line.startsWith("     score ")) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  @Test
  void midCycleTheTextHasStatusesAndForecastsButNoFinalGrade() {
    Run run = Cli.run("grade", "--at", MID, Cli.sample("q3.yaml"));
    assertThat(run.exit()).isZero();
    List<String> lines = scoreLines(run.out());
    assertThat(lines).hasSize(4 + 9);
    for (String line : lines) {
      List<String> words = List.of(line.split("\\s+"));
      assertThat(words).as(line).doesNotContainAnyElementsOf(VERDICTS);
      String status = words.get(2);
      assertThat(STATUSES).as(line).contains(status);
      // the colour is the status's traffic light
      assertThat(words.get(3)).as(line).isEqualTo(TrackStatus.valueOf(status.toUpperCase(Locale.ROOT).replace('-', '_')).colour().id());
      assertThat(line).contains("expected ");
    }
    assertThat(run.out()).contains("forecast ").contains("Portfolio, 2026-Q3 (in progress: scores so far, not final)\n");
    assertThat(run.out()).doesNotContainPattern(LONG_TAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-09-30", "2026-10-15"})
  void fromTheLastDayTheTextHasFinalGradesAndNoStatusOrForecast(String date) {
    Run run = Cli.run("grade", "--at", date, Cli.sample("q3.yaml"));
    assertThat(run.exit()).isZero();
    List<String> lines = scoreLines(run.out());
    assertThat(lines).hasSize(4 + 9);
    for (String line : lines) {
      List<String> words = List.of(line.split("\\s+"));
      assertThat(words).as(line).doesNotContainAnyElementsOf(STATUSES);
      assertThat(line).as(line).doesNotContain("forecast").doesNotContain("expected").doesNotContain("chance");
      Verdict verdict = Verdict.valueOf(words.get(2).toUpperCase(Locale.ROOT).replace('-', '_'));
      assertThat(words.get(3)).as(line).isEqualTo(verdict.colour().orElseThrow().id());
    }
    // three committed key results graded missed beside a hit rate that counts scores of 0.8 and more: both say so
    assertThat(run.out().split("missed  red", -1)).hasSize(1 + 2 + 3);
    assertThat(run.out()).contains("committed hit rate (score >= 0.8)       3/4 (75%)")
        .contains("a committed key result below 1.0 is graded missed even when it counts as a hit at 0.8 or more")
        .doesNotContain("possibly-sandbagged")
        .doesNotContainPattern(LONG_TAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {MID, "2026-10-15"})
  void jsonWordsAgreeAndScoresAreRounded(String date) throws Exception {
    Run run = Cli.run("grade", "--at", date, "--format", "json", Cli.sample("q3.yaml"));
    JsonNode root = JSON.readTree(run.out());
    boolean ended = !date.equals(MID);
    for (JsonNode objective : root.get("objectives")) {
      check(objective, ended);
      for (JsonNode kr : objective.get("keyResults")) {
        check(kr, ended);
        if (ended) {
          assertThat(kr.get("forecast").isNull()).isTrue();
          assertThat(kr.get("chance").isNull()).isTrue();
        } else if (!kr.get("id").asText().equals("revenue-invoicing")) {   // one check-in so far: no line to fit
          assertThat(kr.get("forecast").isNumber()).as(kr.get("id").asText()).isTrue();
        }
        String type = kr.get("type").asText();
        if (!type.equals("increase") && !type.equals("decrease")) {
          assertThat(kr.get("grade").asText()).as(kr.get("id").asText()).isNotEqualTo("possibly-sandbagged");
        }
        assertThat(kr.get("attainment").isNumber()).isTrue();
      }
    }
    // numbers with long tails are the unrounded attainments and the owners' confidences, nothing else
    String numbersShown = run.out().lines()
        .filter(l -> !l.contains("\"attainment\"") && !l.contains("\"confidence\""))
        .reduce("", (a, b) -> a + b + "\n");
    assertThat(numbersShown).doesNotContainPattern(LONG_TAIL);
    JsonNode cycle = root.get("portfolio").get("cycles").get(0);
    assertThat(cycle.get("committedHitRate").get("threshold").asDouble()).isEqualTo(0.8);
    assertThat(cycle.get("aspirationalHitRate").get("threshold").asDouble()).isEqualTo(0.5);
  }

  private static void check(JsonNode element, boolean ended) {
    String id = element.get("id").asText();
    assertThat(element.get("phase").asText()).isEqualTo(ended ? "ended" : "in-progress");
    if (ended) {
      assertThat(element.get("status").isNull()).as(id).isTrue();
      assertThat(element.get("expected").isNull()).as(id).isTrue();
      Verdict verdict = Verdict.valueOf(element.get("grade").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
      assertThat(element.get("colour").asText()).as(id).isEqualTo(verdict.colour().map(Colour::id).orElseThrow());
    } else {
      assertThat(element.get("grade").isNull()).as(id).isTrue();
      TrackStatus status = TrackStatus.valueOf(element.get("status").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
      assertThat(element.get("colour").asText()).as(id).isEqualTo(status.colour().id());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {MID, "2026-10-15"})
  void csvWordsAgreeAndScoresAreRounded(String date) {
    Run run = Cli.run("grade", "--at", date, "--format", "csv", Cli.sample("q3.yaml"));
    boolean ended = !date.equals(MID);
    List<String> header = List.of(GradeCommand.CSV_COLUMNS);
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(1 + 4 + 9);
    for (int i = 1; i < lines.length; i++) {
      // the sample's fields hold no commas or quotes
      String[] f = lines[i].split(",", -1);
      String grade = f[header.indexOf("grade")];
      String status = f[header.indexOf("status")];
      assertThat(f[header.indexOf("phase")]).isEqualTo(ended ? "ended" : "in-progress");
      assertThat(ended ? status : grade).as(lines[i]).isEmpty();
      assertThat(ended ? grade : status).as(lines[i]).isNotEmpty();
      assertThat(f[header.indexOf("forecast")].isEmpty() || !ended).isTrue();
      for (String column : List.of("score", "expected", "forecast", "chance")) {
        Matcher m = LONG_TAIL.matcher(f[header.indexOf(column)]);
        assertThat(m.find()).as(column + " in " + lines[i]).isFalse();
      }
    }
  }
}
