package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.scoring.Grader;
import dev.okr.scoring.ProgressTracker;
import dev.okr.scoring.Scorer;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One row graded or rejected, field by field: yes/no readings, kinds, weights, milestone counts,
 * numbers too far apart, columns in any order, and, with check-ins, the row's cycle, the check-in
 * values and the agreement of {@code current} with the check-in that counts.
 */
class RowGraderTest {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,stretch";
  private static final LocalDate AT = LocalDate.parse("2026-08-19");

  private static Columns columns(String header) {
    return Columns.of(Arrays.asList(header.split(",", -1)));
  }

  private static String grade(RowGrader grader, Columns columns, String row) {
    RowResult result = grader.grade(KeyResultRow.of(2, columns, row.split(",", -1)));
    return result instanceof GradedRow g
        ? g.scoreText() + " " + g.gradeText()
        : "rejected: " + ((RejectedRow) result).reason();
  }

  /** The row graded without check-ins under {@link #HEADER}: "score grade", or "rejected: reason". */
  private static String grade(String row) {
    return grade(new RowGrader(Scorer.defaults(), Grader.defaults(), columns(HEADER)), columns(HEADER), row);
  }

  /** The row graded under {@code header} with these check-ins ({@code kr_id,date,value} lines) at {@link #AT}. */
  private static String graded(String header, String row, String checkIns) {
    CheckInHistory history = CheckInHistory.read(new StringReader("kr_id,date,value\n" + checkIns));
    Scorer scorer = Scorer.defaults();
    RowGrader grader = new RowGrader(scorer, Grader.defaults(), columns(header), history, AT, ProgressTracker.of(scorer));
    return grade(grader, columns(header), row);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "YES", " Yes ", "y", "1", "true", "True", "achieved"})
  void aBinaryYesIsAchieved(String yes) {
    assertThat(grade("O,K,committed,binary,,," + yes + ",1,")).isEqualTo("1.0 met");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "NO", " No ", "n", "0", "false", "not achieved"})
  void aBinaryNoIsNotAchieved(String no) {
    assertThat(grade("O,K,committed,binary,,," + no + ",1,")).isEqualTo("0.0 missed");
  }

  @Test
  void aBinaryReadingThatIsNeitherIsRejected() {
    assertThat(grade("O,K,committed,binary,,,maybe,1,"))
        .isEqualTo("rejected: current \"maybe\" is not a yes/no value (1, 0, true, false, yes, no)");
    assertThat(grade("O,K,committed,binary,,,,1,")).isEqualTo(" unscored");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRejected() {
    assertThat(grade("O")).isEqualTo("rejected: row has 1 field; the header has 9");
    assertThat(grade("O,K,committed,increase,0,10,5,1,,extra")).isEqualTo("rejected: row has 10 fields; the header has 9");
  }

  @Test
  void aRowNeedsItsObjectiveAndKeyResultIds() {
    assertThat(grade(",K,committed,increase,0,10,5,1,")).isEqualTo("rejected: objective_id is empty");
    assertThat(grade("  ,K,committed,increase,0,10,5,1,")).isEqualTo("rejected: objective_id is empty");
    assertThat(grade("O,,committed,increase,0,10,5,1,")).isEqualTo("rejected: kr_id is empty");
    assertThat(grade("O, ,committed,increase,0,10,5,1,")).isEqualTo("rejected: kr_id is empty");
  }

  @Test
  void theKindDecidesTheGradeAndMayBeEmpty() {
    // 0.5: a committed key result missed; an aspirational one below expectation; without a kind, graded by score alone
    assertThat(grade("O,K,committed,increase,0,10,5,1,")).isEqualTo("0.5 missed");
    assertThat(grade("O,K,aspirational,increase,0,10,5,1,")).isEqualTo("0.5 below-expectation");
    assertThat(grade("O,K, Committed ,increase,0,10,5,1,")).isEqualTo("0.5 missed");
    assertThat(grade("O,K,ASPIRATIONAL,increase,0,10,5,1,")).isEqualTo("0.5 below-expectation");
    String none = grade("O,K,,increase,0,10,5,1,");
    assertThat(grade("O,K,   ,increase,0,10,5,1,")).isEqualTo(none);
    assertThat(none).isNotEqualTo("0.5 missed").isNotEqualTo("0.5 below-expectation").startsWith("0.5 ");
    assertThat(grade("O,K,stretchy,increase,0,10,5,1,"))
        .isEqualTo("rejected: kind \"stretchy\" is not committed, aspirational or empty");
  }

  @Test
  void aWeightMustBeGreaterThanZero() {
    assertThat(grade("O,K,committed,increase,0,10,5,0,")).isEqualTo("rejected: weight 0 must be greater than 0");
    assertThat(grade("O,K,committed,increase,0,10,5,-1,")).isEqualTo("rejected: weight -1 must be greater than 0");
    assertThat(grade("O,K,committed,increase,0,10,5,0.001,")).isEqualTo("0.5 missed");
    assertThat(grade("O,K,committed,increase,0,10,5,heavy,")).isEqualTo("rejected: weight \"heavy\" is not a number");
  }

  @Test
  void numbersAreReadWithTheirSignAndExponent() {
    // a decrease from 10 to -5: at -5 the target is met, at 5 a third of the way
    assertThat(grade("O,K,committed,decrease,10,-5,-5,1,")).isEqualTo("1.0 met");
    assertThat(grade("O,K,committed,decrease,10,-5,5,1,")).startsWith("0.333");
    // 1e-2 is a hundredth: one percent of the way to 1
    assertThat(grade("O,K,committed,increase,0,1,1e-2,1,")).isEqualTo("0.01 missed");
    assertThat(grade("O,K,committed,increase,0,1e2,5E+1,1,")).isEqualTo("0.5 missed");
  }

  @Test
  void aMilestonesRowCountsItsMilestonesAndThoseDone() {
    assertThat(grade("O,K,committed,milestones,,4,1,1,")).isEqualTo("0.25 missed");
    assertThat(grade("O,K,committed,milestones,,4,4,1,")).isEqualTo("1.0 met");
    assertThat(grade("O,K,committed,milestones,,4,0,1,")).isEqualTo("0.0 missed");
    assertThat(grade("O,K,committed,milestones,,1000,1000,1,")).isEqualTo("1.0 met");
    assertThat(grade("O,K,committed,milestones,,1,1,1,")).isEqualTo("1.0 met");
    assertThat(grade("O,K,committed,milestones,,4,,1,")).isEqualTo(" unscored");
    for (String count : List.of("0", "1001", "2.5", "-1")) {
      assertThat(grade("O,K,committed,milestones,," + count + ",1,1,")).isEqualTo(
          "rejected: target " + count + " must be the milestone count, a whole number from 1 to 1000");
    }
    assertThat(grade("O,K,committed,milestones,,,1,1,"))
        .isEqualTo("rejected: target is empty; a milestones row needs the milestone count");
    for (String done : List.of("5", "-1", "1.5")) {
      assertThat(grade("O,K,committed,milestones,,4," + done + ",1,"))
          .isEqualTo("rejected: current " + done + " must be the milestones done, a whole number from 0 to 4");
    }
  }

  @Test
  void numbersTooFarApartAreRejectedWhereverTheirColumnsStand() {
    // baseline in the first column: its index 0 is a column like any other
    String header = "baseline,target,current,objective_id,kr_id,kind,kr_type,weight";
    RowGrader grader = new RowGrader(Scorer.defaults(), Grader.defaults(), columns(header));
    assertThat(grade(grader, columns(header), "-1e308,1e308,0,O,K,committed,increase,1"))
        .isEqualTo("rejected: baseline -1e308 and target 1e308 are too far apart: target - baseline overflows to Infinity");
    assertThat(grade(grader, columns(header), "0,10,5,O,K,committed,increase,1")).isEqualTo("0.5 missed");
    // current is apart from the target too
    assertThat(grade("O,K,committed,increase,0,1e308,-1e308,1,"))
        .isEqualTo("rejected: target 1e308 and current -1e308 are too far apart: current - target overflows to -Infinity");
    // an at-least row has no baseline to take differences from: a far baseline is no reason
    assertThat(grade("O,K,committed,at-least,-1e308,1e308,1e308,1,")).isEqualTo("1.0 met");
  }

  @Test
  void anyColumnMayStandFirst() {
    // the target first, the baseline after it: still too far apart
    String targetFirst = "target,objective_id,kr_id,kind,kr_type,baseline,current,weight";
    RowGrader grader = new RowGrader(Scorer.defaults(), Grader.defaults(), columns(targetFirst));
    assertThat(grade(grader, columns(targetFirst), "1e308,O,K,committed,increase,-1e308,0,1"))
        .isEqualTo("rejected: baseline -1e308 and target 1e308 are too far apart: target - baseline overflows to Infinity");
    // the stretch first: read, and scored against
    String stretchFirst = "stretch,objective_id,kr_id,kind,kr_type,baseline,target,current,weight";
    RowGrader stretched = new RowGrader(Scorer.defaults(), Grader.defaults(), columns(stretchFirst));
    assertThat(grade(stretched, columns(stretchFirst), "20,O,K,aspirational,increase,0,10,15,1"))
        .isEqualTo(grade("O,K,aspirational,increase,0,10,15,1,20"));
    assertThat(grade(stretched, columns(stretchFirst), "20,O,K,aspirational,increase,0,10,15,1")).startsWith("0.85 ");
    assertThat(graded(stretchFirst, "20,O,K,aspirational,increase,0,10,,1", "K,2026-08-10,15\n")).startsWith("0.85 ");
    // the cycle first: the row is tracked in it
    for (String first : List.of("cycle", "cycle_start", "cycle_end")) {
      String header = first + "," + HEADER;
      String value = first.equals("cycle") ? "2026-Q3" : first.equals("cycle_start") ? "2026-07-01" : "2026-09-30";
      assertThat(graded(header, value + ",O,K,committed,increase,0,10,,1,", "K,2026-08-01,5\n")).as(first)
          .isEqualTo(first.equals("cycle") ? "0.5 missed"
              : "rejected: " + (first.equals("cycle_start") ? "cycle_end" : "cycle_start")
                  + " is empty; cycle_start and cycle_end go together");
    }
    // a named cycle in the first column tracks the row, as anywhere else
    String cycleFirst = "cycle," + HEADER;
    CheckInHistory history = CheckInHistory.read(new StringReader("kr_id,date,value\nK,2026-08-01,5\n"));
    Scorer scorer = Scorer.defaults();
    RowGrader tracker = new RowGrader(scorer, Grader.defaults(), columns(cycleFirst), history, AT, ProgressTracker.of(scorer));
    GradedRow tracked = (GradedRow) tracker.grade(KeyResultRow.of(2, columns(cycleFirst),
        "2026-Q3,O,K,committed,increase,0,10,,1,".split(",", -1)));
    assertThat(tracked.progress()).isPresent();
  }

  @Test
  void aNamedCycleOrOneGivenByItsDaysTracksTheRow() {
    CheckInHistory history = CheckInHistory.read(new StringReader("kr_id,date,value\nK,2026-08-01,5\n"));
    Scorer scorer = Scorer.defaults();
    RowGrader grader = new RowGrader(scorer, Grader.defaults(), columns(CYCLE_HEADER), history, AT, ProgressTracker.of(scorer));
    GradedRow byDays = (GradedRow) grader.grade(KeyResultRow.of(2, columns(CYCLE_HEADER),
        "O,K,committed,increase,0,10,,1,,,2026-07-01,2026-09-30".split(",", -1)));
    GradedRow named = (GradedRow) grader.grade(KeyResultRow.of(2, columns(CYCLE_HEADER),
        "O,K,committed,increase,0,10,,1,,2026-Q3,,".split(",", -1)));
    assertThat(byDays.progress()).isPresent();
    assertThat(byDays.statusText()).isEqualTo(named.statusText()).isNotEmpty();
    assertThat(byDays.expectedText()).isEqualTo(named.expectedText()).isNotEmpty();
  }

  @Test
  void aCheckInOfNoMilestonesDoneCounts() {
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,,1,", "K,2026-08-10,0\n")).isEqualTo("0.0 missed");
  }

  @Test
  void anObjectionWithoutAColumnNamesWhatTheRowLacks() {
    Scorer planned = Scorer.of(dev.okr.scoring.Profiles.okr().withScoring(
        dev.okr.scoring.ScoringPolicy.builder().periodBasis(dev.okr.scoring.ScoringPolicy.PeriodBasis.PLANNED).build()));
    RowGrader grader = new RowGrader(planned, Grader.defaults(), columns(HEADER));
    assertThat(grade(grader, columns(HEADER), "O,K,committed,at-least,,4,5,1,"))
        .isEqualTo("rejected: a row has no cycle: period-basis=planned needs the key result's cycle to count the planned periods");
  }

  @Test
  void aStrategysObjectionNamesTheColumn() {
    assertThat(grade("O,K,committed,increase,0,,5,1,")).startsWith("rejected: target is empty; ");
    assertThat(grade("O,K,committed,at-most,,,5,1,")).startsWith("rejected: target is empty; ");
    assertThat(grade("O,K,committed,increase,10,10,5,1,")).startsWith("rejected: target 10 ");
    assertThat(grade("O,K,committed,grow,0,10,5,1,")).isEqualTo("rejected: kr_type \"grow\" is not one of "
        + "increase, decrease, at-least, at-most, binary, milestones");
  }

  @Test
  void typesAreReadHoweverManySpellingsTheRowsUse() {
    RowGrader grader = new RowGrader(Scorer.defaults(), Grader.defaults(), columns(HEADER));
    List<String> spellings = new ArrayList<>(List.of("increase", "Increase", "INCREASE", " increase", "increase ", "decrease",
        "Decrease", "at-least", "at_least", "AT-LEAST", "at-most", "binary"));
    for (int round = 0; round < 2; round++) {
      for (String type : spellings) {
        String expected = switch (type.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "increase" -> "0.5 missed";
          case "decrease" -> "rejected: baseline 0 and target 10 do not make a decrease";
          case "binary" -> "rejected: current \"5\" is not a yes/no value (1, 0, true, false, yes, no)";
          case "at-most" -> "1.0 met";
          default -> "0.0 missed";
        };
        String result = grade(grader, columns(HEADER), "O,K,committed," + type + ",0,10,5,1,");
        if (expected.startsWith("rejected: baseline")) {
          assertThat(result).as(type).startsWith("rejected: ");
        } else {
          assertThat(result).as(type).isEqualTo(expected);
        }
      }
    }
  }

  // with check-ins

  private static final String CYCLE_HEADER = HEADER + ",cycle,cycle_start,cycle_end";

  @Test
  void theRowsCycleIsNamedOrGivenByItsDaysNotBoth() {
    String checkIns = "K,2026-08-01,5\n";
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,2026-Q3,,", checkIns)).isEqualTo("0.5 missed");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,,2026-07-01,2026-09-30", checkIns)).isEqualTo("0.5 missed");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,,,", checkIns)).isEqualTo("0.5 missed");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,2026-Q3,2026-07-01,", checkIns))
        .isEqualTo("rejected: cycle and cycle_start are both given; give the cycle one way");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,2026-Q3,,2026-09-30", checkIns))
        .isEqualTo("rejected: cycle and cycle_end are both given; give the cycle one way");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,,2026-07-01,", checkIns))
        .isEqualTo("rejected: cycle_end is empty; cycle_start and cycle_end go together");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,,,2026-09-30", checkIns))
        .isEqualTo("rejected: cycle_start is empty; cycle_start and cycle_end go together");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,2026-Q5,,", checkIns))
        .startsWith("rejected: cycle \"2026-Q5\" ");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,,2026-13-01,2026-09-30", checkIns))
        .isEqualTo("rejected: cycle_start \"2026-13-01\" is not a day written YYYY-MM-DD (there is no month 13)");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,,2026-07-01,30.9.2026", checkIns))
        .isEqualTo("rejected: cycle_end \"30.9.2026\" is not a day written YYYY-MM-DD");
    assertThat(graded(CYCLE_HEADER, "O,K,committed,increase,0,10,,1,,,2026-09-30,2026-07-01", checkIns))
        .startsWith("rejected: cycle_start 2026-09-30 and cycle_end 2026-07-01: ");
  }

  @Test
  void aRowWithACycleIsTrackedAndOneWithoutIsOnlyScored() {
    CheckInHistory history = CheckInHistory.read(new StringReader("kr_id,date,value\nK,2026-08-01,5\n"));
    Scorer scorer = Scorer.defaults();
    RowGrader grader = new RowGrader(scorer, Grader.defaults(), columns(CYCLE_HEADER), history, AT, ProgressTracker.of(scorer));
    GradedRow tracked = (GradedRow) grader.grade(KeyResultRow.of(2, columns(CYCLE_HEADER),
        "O,K,committed,increase,0,10,,1,,2026-Q3,,".split(",", -1)));
    assertThat(tracked.progress()).isPresent();
    assertThat(tracked.statusText()).isNotEmpty();
    GradedRow scored = (GradedRow) grader.grade(KeyResultRow.of(2, columns(CYCLE_HEADER),
        "O,K,committed,increase,0,10,,1,,,,".split(",", -1)));
    assertThat(scored.progress()).isEmpty();
    assertThat(scored.statusText()).isEmpty();
    assertThat(scored.expectedText()).isEmpty();
    assertThat(scored.forecastText()).isEmpty();
    // in Q3 on 19 August the score expected by now is shown; after Q2 has ended it is not
    assertThat(tracked.expectedText()).isEqualTo(Double.toString(tracked.progress().orElseThrow().expected()));
    GradedRow ended = (GradedRow) grader.grade(KeyResultRow.of(2, columns(CYCLE_HEADER),
        "O,K,committed,increase,0,10,,1,,2026-Q2,,".split(",", -1)));
    assertThat(ended.progress()).isPresent();
    assertThat(ended.expectedText()).isEmpty();
  }

  @Test
  void aGradedRowHasAGradeExactlyWhenScored() {
    Columns columns = columns(HEADER);
    KeyResultRow row = KeyResultRow.of(2, columns, "O,K,committed,increase,0,10,5,1,".split(",", -1));
    GradedRow graded = (GradedRow) new RowGrader(Scorer.defaults(), Grader.defaults(), columns).grade(row);
    assertThatThrownBy(() -> new GradedRow(row, "O", null, 1, graded.score(), null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a scored row has a grade, an unscored one none");
    assertThat(graded.toString()).endsWith(" -> 0.5,0.5,missed,red");
    assertThat(graded.attainmentText()).isEqualTo("0.5");
    assertThat(graded.objectiveId()).isEqualTo("O");
  }

  @Test
  void milestonesAndStretchRowsReadTheirCheckIns() {
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,,1,", "K,2026-08-01,1\nK,2026-08-10,3\n")).isEqualTo("0.75 missed");
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,3,1,", "K,2026-08-10,3\n")).isEqualTo("0.75 missed");
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,,1,", "K,2026-08-10,5\n"))
        .isEqualTo("rejected: check-in line 2 (2026-08-10): value \"5\" must be the milestones done, a whole number from 0 to 4");
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,,1,", "K,2026-08-10,-1\n"))
        .isEqualTo("rejected: check-in line 2 (2026-08-10): value \"-1\" must be the milestones done, a whole number from 0 to 4");
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,,1,", "K,2026-08-10,1.5\n"))
        .isEqualTo("rejected: check-in line 2 (2026-08-10): value \"1.5\" must be the milestones done, a whole number from 0 to 4");
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,,1,", "K,2026-08-10,4\n")).isEqualTo("1.0 met");
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,,1,", "K,2026-08-10,some\n"))
        .isEqualTo("rejected: check-in line 2 (2026-08-10): value \"some\" is not a number; a milestones row's check-in is the count of milestones done");
    // the stretch column counts with check-ins as without
    String stretched = graded(HEADER, "O,K,aspirational,increase,0,10,,1,20", "K,2026-08-10,15\n");
    assertThat(stretched).isEqualTo(grade("O,K,aspirational,increase,0,10,15,1,20"));
    assertThat(stretched).isNotEqualTo(graded(HEADER, "O,K,aspirational,increase,0,10,,1,", "K,2026-08-10,15\n"));
  }

  @Test
  void checkInValuesAreReadForTheRowsType() {
    assertThat(graded(HEADER, "O,K,committed,binary,,,,1,", "K,2026-08-10,no\n")).isEqualTo("0.0 missed");
    assertThat(graded(HEADER, "O,K,committed,binary,,,,1,", "K,2026-08-10,Achieved\n")).isEqualTo("1.0 met");
    assertThat(graded(HEADER, "O,K,committed,binary,,,,1,", "K,2026-08-10,not achieved\n")).isEqualTo("0.0 missed");
    assertThat(graded(HEADER, "O,K,committed,binary,,,,1,", "K,2026-08-10,perhaps\n"))
        .isEqualTo("rejected: check-in line 2 (2026-08-10): value \"perhaps\" is not a yes/no value (1, 0, true, false, yes, no)");
    assertThat(graded(HEADER, "O,K,committed,increase,0,10,,1,", "K,2026-08-10,-5\n")).isEqualTo("0.0 missed");
    assertThat(graded(HEADER, "O,K,committed,increase,0,10,,1,", "K,2026-08-10,abc\n"))
        .isEqualTo("rejected: check-in line 2 (2026-08-10): value \"abc\" is not a number");
  }

  @Test
  void aMeasurementTheCheckInsCannotMakeIsRejectedNamingTheColumn() {
    // a stretch short of the target
    assertThat(graded(HEADER, "O,K,committed,increase,0,10,,1,5", "K,2026-08-10,7\n")).startsWith("rejected: stretch 5");
  }

  @Test
  void currentMustAgreeWithTheCheckInThatCounts() {
    assertThat(graded(HEADER, "O,K,committed,increase,0,10,7,1,", "K,2026-08-10,7\n")).isEqualTo("0.7 missed");
    assertThat(graded(HEADER, "O,K,committed,increase,0,10,8,1,", "K,2026-08-10,7\n"))
        .isEqualTo("rejected: current 8 differs from the check-in that counts at 2026-08-19 (7.0 on 2026-08-10);"
            + " leave current empty or make them agree");
    assertThat(graded(HEADER, "O,K,committed,increase,0,10,8,1,", "K,2026-09-10,7\n"))
        .isEqualTo("rejected: current 8 is given, but no check-in is dated on or before 2026-08-19;"
            + " leave current empty when the check-ins say it");
    assertThat(graded(HEADER, "O,K,committed,binary,,,yes,1,", "K,2026-08-10,yes\n")).isEqualTo("1.0 met");
    assertThat(graded(HEADER, "O,K,committed,binary,,,no,1,", "K,2026-08-10,no\n")).isEqualTo("0.0 missed");
    assertThat(graded(HEADER, "O,K,committed,binary,,,yes,1,", "K,2026-08-10,no\n"))
        .isEqualTo("rejected: current yes differs from the check-in that counts at 2026-08-19 (no on 2026-08-10);"
            + " leave current empty or make them agree");
    assertThat(graded(HEADER, "O,K,committed,binary,,,no,1,", "K,2026-08-10,yes\n"))
        .startsWith("rejected: current no differs from the check-in that counts at 2026-08-19 (yes on 2026-08-10)");
    assertThat(graded(HEADER, "O,K,committed,milestones,,4,2,1,", "K,2026-08-10,3\n"))
        .startsWith("rejected: current 2 differs from the check-in that counts at 2026-08-19 (3 on 2026-08-10)");
  }

  @Test
  void aCheckInHistoryNeedsTheDateToScoreAtAndOnlyIt() {
    CheckInHistory history = CheckInHistory.read(new StringReader("kr_id,date,value\nK,2026-08-01,5\n"));
    Scorer scorer = Scorer.defaults();
    assertThatThrownBy(() -> new RowGrader(scorer, Grader.defaults(), columns(HEADER), history, null, ProgressTracker.of(scorer)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a check-in history needs the date to score at, and only it");
    assertThatThrownBy(() -> new RowGrader(scorer, Grader.defaults(), columns(HEADER), null, AT, ProgressTracker.of(scorer)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
