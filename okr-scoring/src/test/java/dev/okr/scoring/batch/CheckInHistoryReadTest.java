package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading a check-ins file: lines kept per key result (or objective and key result) in date order,
 * ties in file order, the two kinds merged for a row, those never asked for reported, and each
 * fault of the file named with its line and column.
 */
class CheckInHistoryReadTest {

  private static CheckInHistory read(String csv) {
    return CheckInHistory.read(new StringReader(csv));
  }

  private static List<Long> lines(List<CheckInHistory.Entry> entries) {
    return entries.stream().map(CheckInHistory.Entry::line).toList();
  }

  @Test
  void checkInsNamingTheirObjectiveAreKeptInDateOrder() {
    CheckInHistory history = read("""
        objective_id,kr_id,date,value
        O,K,2026-08-10,5
        O,K,2026-08-01,3
        O,K,2026-08-05,4
        """);
    assertThat(lines(history.of("O", "K"))).containsExactly(3L, 4L, 2L);
    assertThat(history.of("O", "K")).extracting(CheckInHistory.Entry::objectiveId).containsOnly("O");
    assertThat(history.of("P", "K")).isEmpty();
    assertThat(history.size()).isEqualTo(3);
  }

  @Test
  void aRowGetsItsObjectivesCheckInsAndTheKeyResultsUnnamedOnesMergedByDateThenLine() {
    CheckInHistory history = read("""
        objective_id,kr_id,date,value
        O,K,2026-08-10,5
        ,K,2026-08-05,4
        O,K,2026-08-01,3
        ,K,2026-08-10,6
        Q,K,2026-08-02,1
        Q,K,2026-07-02,1
        """);
    assertThat(lines(history.of("O", "K"))).containsExactly(4L, 3L, 2L, 5L);
    assertThat(lines(history.of("P", "K"))).containsExactly(3L, 5L);
    // Q's check-ins were never asked for: reported by their first line
    assertThat(lines(history.unmatched())).containsExactly(6L);
  }

  @Test
  void unmatchedCheckInsAreReportedOncePerKeyResultInFileOrder() {
    CheckInHistory history = read("""
        objective_id,kr_id,date,value
        ,B,2026-08-10,5
        O,A,2026-08-05,4
        ,C,2026-08-01,3
        ,B,2026-08-01,3
        O,A,2026-08-01,3
        """);
    assertThat(lines(history.unmatched())).containsExactly(2L, 3L, 4L);
    history.of("O", "A");
    assertThat(lines(history.unmatched())).containsExactly(2L, 4L);
    history.of("X", "B");
    assertThat(lines(history.unmatched())).containsExactly(4L);
  }

  @Test
  void blankLinesAreSkippedAndColumnsMayStandInAnyOrder() {
    CheckInHistory history = read("value,date,KR_ID\n\n7,2026-08-10,K\n\n  \n8,2026-08-11,K\n");
    assertThat(history.of("any", "K")).extracting(CheckInHistory.Entry::value).containsExactly("7", "8");
    assertThat(history.size()).isEqualTo(2);
  }

  @Test
  void eachFaultOfTheFileIsNamedWithItsLineAndColumn() {
    assertThatThrownBy(() -> read("kr_id,date\nK,2026-08-10\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 1: the check-ins header lacks the column \"value\"; the columns are objective_id, kr_id, date, value,"
            + " milestones_done (objective_id and milestones_done optional)");
    assertThatThrownBy(() -> read("kr_id,date,value,note\n")).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 1: column 4: \"note\" is not a check-ins column");
    assertThatThrownBy(() -> read("kr_id,date,value,Date\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 1: column 4: \"date\" is named twice (columns 2 and 4)");
    assertThatThrownBy(() -> read("kr_id,date,value,KR_ID\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 1: column 4: \"kr_id\" is named twice (columns 1 and 4)");
    assertThatThrownBy(() -> read("kr_id,date,value\nK,2026-08-10\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 2: a check-in has 2 fields; the header has 3");
    assertThatThrownBy(() -> read("kr_id,date,value\nK,2026-08-10,1\nK\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 3: a check-in has 1 field; the header has 3");
    assertThatThrownBy(() -> read("date,kr_id,value\n2026-08-10, ,1\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 2: column 2: kr_id is empty");
    assertThatThrownBy(() -> read("kr_id,date,value\nK,10.8.2026,1\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 2: column 2: date \"10.8.2026\" is not a day written YYYY-MM-DD");
    assertThatThrownBy(() -> read("kr_id,date,value\nK,2026-08-10, \n")).isInstanceOf(BatchException.class)
        .hasMessage("line 2: column 3: value is empty; a check-in needs a number, yes/no or the milestones done");
    assertThatThrownBy(() -> read("")).isInstanceOf(BatchException.class)
        .hasMessage("line 1: the check-ins file is empty; expected a header kr_id,date,value");
  }

  @Test
  void aHeaderOfOneColumnHoldingAnotherDelimiterNamesTheDelimiterToUse() {
    assertThatThrownBy(() -> read("kr_id;date;value\nK;2026-08-10;1\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 1: the check-ins header has one column \"kr_id;date;value\"; its fields seem separated by \";\":"
            + " use --delimiter \";\"");
    assertThatThrownBy(() -> read("kr_id\tdate\tvalue\n")).isInstanceOf(BatchException.class)
        .hasMessage("line 1: the check-ins header has one column \"kr_id\tdate\tvalue\"; its fields seem separated by tabs:"
            + " use --delimiter \"\\t\"");
  }

  @Test
  void theMilestonesDoneAreReadFromTheirColumnWhereverItStands() {
    CheckInHistory history = read("milestones_done,kr_id,date,value\npilot; launch,K,2026-08-10,2\n");
    assertThat(history.of("O", "K")).extracting(CheckInHistory.Entry::milestonesDone).containsExactly("pilot; launch");
    assertThat(read("kr_id,date,value\nK,2026-08-10,2\n").of("O", "K"))
        .extracting(CheckInHistory.Entry::milestonesDone).containsExactly("");
  }

  @Test
  void aQuoteLeftOpenStopsTheReadAtTheLineWhereTheFieldBegan() {
    assertThatThrownBy(() -> read("kr_id,date,value\nK,2026-08-10,1\nK,2026-08-11,\"2\nK,2026-08-12,3\n"))
        .isInstanceOf(BatchException.class)
        .hasMessage("line 3: column 14: a quoted field begins here and its closing quote is missing, so the rest of the"
            + " input would be read into one field");
  }
}
