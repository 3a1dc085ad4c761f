package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Progress;
import dev.okr.scoring.ProgressTracker;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Check-in history in batch: read, matched to rows, scored and tracked as {@link Scorer} and {@link ProgressTracker} do. */
class CheckInHistoryTest {
  private static final LocalDate AT = LocalDate.parse("2026-08-19");
  private static final Cycle Q3 = Cycle.quarter(2026, 3);

  private static final String CHECK_INS = """
      kr_id,date,value
      latency,2026-08-12,790
      latency,2026-07-08,910
      latency,2026-07-22,760
      mrr,2026-07-15,430000
      mrr,2026-08-12,470000
      launch,2026-08-01,no
      stray,2026-07-01,1
      """;

  private static final String ROWS = """
      objective_id,kr_id,kind,kr_type,baseline,target,current,weight,cycle
      sync,latency,committed,at-most,,800,,1,2026-Q3
      rev,mrr,committed,increase,410000,520000,470000,2,2026-Q3
      rev,launch,committed,binary,,,,1,
      rev,plain,committed,increase,0,10,5,1,2026-Q3
      """;

  private record Result(BatchSummary summary, String out, String rejects) {}

  private static Result run(String rows, CheckInHistory history) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    BatchGrader grader = BatchGrader.builder().history(history, AT).build();
    BatchSummary summary = CsvBatch.of(grader).grade(new StringReader(rows), out, rejects, Optional.empty());
    return new Result(summary, out.toString(), rejects.toString());
  }

  private static KeyResult latency() {
    return KeyResult.builder().id("latency").statement("latency")
        .measurement(Measurement.builder().type(MeasurementType.AT_MOST).target(800).build())
        .checkIns(List.of(
            CheckIn.value(LocalDate.parse("2026-07-08"), 910),
            CheckIn.value(LocalDate.parse("2026-07-22"), 760),
            CheckIn.value(LocalDate.parse("2026-08-12"), 790)))
        .build();
  }

  @Test
  void readsCheckInsSortedByDateAndReportsThoseNoRowAskedFor() {
    CheckInHistory history = CheckInHistory.read(new StringReader(CHECK_INS));
    assertThat(history.size()).isEqualTo(7);
    assertThat(history.of("sync", "latency")).extracting(CheckInHistory.Entry::line).containsExactly(3L, 4L, 2L);
    run(ROWS, history);
    assertThat(history.unmatched()).extracting(CheckInHistory.Entry::keyResultId, CheckInHistory.Entry::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("stray", 8L));
  }

  @Test
  void aMaintainRowOverItsCheckInPeriodsScoresAndTracksAsTheScorerDoes() {
    Scorer scorer = Scorer.defaults();
    Score expected = scorer.score(latency(), AT, Optional.of(Q3));
    Progress progress = ProgressTracker.of(scorer).track(latency(), Optional.of(ObjectiveKind.COMMITTED), Q3, AT);
    // scored over periods, which one undated reading cannot give
    assertThat(expected).isInstanceOf(Score.Scored.class);

    Result r = run(ROWS, CheckInHistory.read(new StringReader(CHECK_INS)));

    assertThat(r.rejects().lines()).containsExactly("line,reason,record");
    List<String> out = r.out().lines().toList();
    assertThat(out.get(0)).isEqualTo(
        "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,cycle,score,attainment,grade,colour,status,expected,forecast");
    String[] latency = out.get(1).split(",", -1);
    Score.Scored s = (Score.Scored) expected;
    assertThat(Double.parseDouble(latency[9])).isEqualTo(s.value());
    assertThat(Double.parseDouble(latency[10])).isEqualTo(s.attainment());
    assertThat(latency[13]).isEqualTo(progress.status().orElseThrow().id());
    assertThat(Double.parseDouble(latency[14])).isEqualTo(progress.expected());
    assertThat(latency[15]).isEqualTo(progress.forecast().map(f -> Double.toString(f.endScore())).orElse(""));
    // a row without a cycle is scored with its check-ins but has no status; one without check-ins as before
    assertThat(out.get(3)).startsWith("rev,launch,committed,binary,,,,1,,0.0,0.0,").endsWith(",,,");
    assertThat(out.get(4)).isEqualTo("rev,plain,committed,increase,0,10,5,1,2026-Q3,0.5,0.5,missed,red,,,");
    assertThat(r.summary().rejected()).isZero();
  }

  @Test
  void aCurrentThatDisagreesWithTheCheckInsOrACheckInOfTheWrongKindRejectsTheRowNamingIt() {
    String rows = """
        objective_id,kr_id,kind,kr_type,baseline,target,current,weight,cycle_start,cycle_end
        rev,mrr,committed,increase,410000,520000,480000,2,2026-07-01,2026-09-30
        rev,launch,committed,increase,0,1,,1,2026-07-01,2026-09-30
        """;
    Result r = run(rows, CheckInHistory.read(new StringReader(CHECK_INS)));
    assertThat(r.rejects().lines()).hasSize(3);
    assertThat(r.rejects()).contains("2,\"current 480000 differs from the check-in that counts at 2026-08-19 (470000.0 on 2026-08-12)");
    assertThat(r.rejects()).contains("3,\"check-in line 7 (2026-08-01): value \"\"no\"\"");
  }

  @Test
  void aMalformedCheckInLineIsAnErrorNamingItsLineAndColumn() {
    assertThatThrownBy(() -> CheckInHistory.read(new StringReader("kr_id,date,value\nk,2026-07-01,1\nk,2026-13-01,2\n")))
        .isInstanceOf(BatchException.class)
        .hasMessage("line 3: column 2: date \"2026-13-01\" is not a day written YYYY-MM-DD (there is no month 13)")
        .extracting(e -> ((BatchException) e).line()).isEqualTo(3L);
    assertThatThrownBy(() -> CheckInHistory.read(new StringReader("kr_id,date,value\nk,2026-07-01\n")))
        .hasMessage("line 2: a check-in has 2 fields; the header has 3");
    assertThatThrownBy(() -> CheckInHistory.read(new StringReader("kr_id,day,value\n")))
        .hasMessageStartingWith("line 1: column 2: \"day\" is not a check-ins column");
    assertThatThrownBy(() -> CheckInHistory.read(new StringReader("kr_id,date,value\nk,2026-07-01, \n")))
        .hasMessageStartingWith("line 2: column 3: value is empty");
  }

  @Test
  void anObjectiveIdTellsApartKeyResultsOfTheSameId() {
    CheckInHistory history = CheckInHistory.read(new StringReader("""
        objective_id,kr_id,date,value
        a,k,2026-07-01,1
        b,k,2026-07-01,9
        """));
    assertThat(history.of("a", "k")).extracting(CheckInHistory.Entry::value).containsExactly("1");
    assertThat(history.of("b", "k")).extracting(CheckInHistory.Entry::value).containsExactly("9");
    assertThat(history.unmatched()).isEmpty();
  }

  @Test
  void aSemicolonCheckInsFileWithDecimalCommasScoresAsTheCommaFileWithDecimalPoints() {
    String rows = """
        objective_id;kr_id;kind;kr_type;baseline;target;current;weight;cycle
        rev;mrr;committed;increase;0;10;;1;2026-Q3
        rev;launch;committed;milestones;;4;;1;2026-Q3
        """;
    String checkIns = """
        kr_id;date;value
        mrr;2026-07-15;2,5
        mrr;2026-08-12;7,5
        launch;2026-08-01;3
        """;
    BatchGrader grader = BatchGrader.builder().decimalComma(true).history(CheckInHistory.read(new StringReader(checkIns), ';'), AT).build();
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    CsvBatch.of(grader).delimiter(';').grade(new StringReader(rows), out, rejects, Optional.empty());

    Result point = run(rows.replace(';', ','), CheckInHistory.read(new StringReader(checkIns.replace(',', '.').replace(';', ','))));

    assertThat(rejects.toString()).isEqualTo("line;reason;record\n");
    assertThat(out.toString().replace(';', ',')).isEqualTo(point.out());
    // 7,5 of 0..10 is three quarters of the way; 3 of 4 milestones likewise
    assertThat(out.toString().lines().toList().get(1)).startsWith("rev;mrr;committed;increase;0;10;;1;2026-Q3;0.75;0.75;");
  }

  @Test
  void aCheckInValueThatCouldBeMisreadWithDecimalCommasRejectsItsRowWithTheReason() {
    String rows = """
        objective_id;kr_id;kind;kr_type;baseline;target;current;weight;cycle
        rev;mrr;committed;increase;0;10000;;1;2026-Q3
        rev;launch;committed;milestones;;4;;1;2026-Q3
        """;
    String checkIns = """
        kr_id;date;value
        mrr;2026-07-15;1.234,5
        launch;2026-08-01;2,5
        """;
    BatchGrader grader = BatchGrader.builder().decimalComma(true).history(CheckInHistory.read(new StringReader(checkIns), ';'), AT).build();
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    BatchSummary summary = CsvBatch.of(grader).delimiter(';').grade(new StringReader(rows), out, rejects, Optional.empty());

    assertThat(summary.rejected()).isEqualTo(2);
    assertThat(rejects.toString().lines().toList()).containsExactly(
        "line;reason;record",
        "2;\"check-in line 2 (2026-07-15): value \"\"1.234,5\"\" is ambiguous with decimal commas: its \"\".\"\" could be a"
            + " thousands separator or a decimal point; write the number without thousands separators and with a decimal comma\";"
            + "\"rev;mrr;committed;increase;0;10000;;1;2026-Q3\"",
        "3;\"check-in line 3 (2026-08-01): value \"\"2,5\"\" must be the milestones done, a whole number from 0 to 4\";"
            + "\"rev;launch;committed;milestones;;4;;1;2026-Q3\"");
  }

  @Test
  void aDelimiterThatCannotSeparateFieldsIsRefused() {
    assertThatThrownBy(() -> CheckInHistory.read(new StringReader("kr_id.date.value\n"), '.'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter \".\" cannot separate fields: it is a space, a letter, a digit or part of a number");
  }
}
