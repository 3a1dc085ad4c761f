package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.Spelling;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A CSV header: columns found by name whatever the case, and the header's faults each named with its column. */
class ColumnsTest {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight";

  private static Columns of(String header) {
    return Columns.of(Arrays.asList(header.split(",", -1)));
  }

  @Test
  void columnsAreFoundByNameIgnoringCaseAndSpaces() {
    Columns columns = of(" Objective_ID ,kr_id,kind,kr_type,baseline,target,current,weight,note");
    assertThat(columns.indexOf("objective_id")).isEqualTo(OptionalInt.of(0));
    assertThat(columns.indexOf("WEIGHT ")).isEqualTo(OptionalInt.of(7));
    assertThat(columns.indexOf("note")).isEqualTo(OptionalInt.of(8));
    assertThat(columns.indexOf("stretch")).isEmpty();
    assertThat(columns.size()).isEqualTo(9);
    assertThat(columns.names()).hasSize(9).startsWith(" Objective_ID ").endsWith("note");
    assertThat(columns).hasToString(" Objective_ID ,kr_id,kind,kr_type,baseline,target,current,weight,note");
  }

  @Test
  void headersAreEqualByTheirNamesAsGiven() {
    assertThat(of(HEADER)).isEqualTo(of(HEADER)).hasSameHashCodeAs(of(HEADER));
    assertThat(of(HEADER)).isNotEqualTo(of(HEADER + ",note")).isNotEqualTo(HEADER);
    assertThat(of(HEADER).hashCode()).isNotEqualTo(of(HEADER + ",note").hashCode());
  }

  @Test
  void aBlankOrRepeatedNameIsNamedWithItsColumn() {
    assertThatThrownBy(() -> of(HEADER + ", ")).isInstanceOf(BatchException.class)
        .hasMessageContaining("header column 9 has no name");
    assertThatThrownBy(() -> of(HEADER + ",Kind")).isInstanceOf(BatchException.class)
        .hasMessageContaining("header names column \"kind\" twice (columns 3 and 9)");
  }

  @Test
  void aNameWithinTwoEditsOfAMissingColumnIsTakenForATypo() {
    assertThatThrownBy(() -> of(HEADER + ",strech")).isInstanceOf(BatchException.class)
        .hasMessageContaining("header column 9 \"strech\" is not a column okr reads; did you mean stretch?");
    // two letters short: still within two edits
    assertThatThrownBy(() -> of(HEADER + ",stret")).hasMessageContaining("did you mean stretch?");
    assertThatThrownBy(() -> of(HEADER + ",cycle_stat")).hasMessageContaining("did you mean cycle_start?");
    // three edits away, or close only to a column already there: an extra column of the user's
    assertThat(of(HEADER + ",str").indexOf("str")).isEqualTo(OptionalInt.of(8));
    assertThat(of(HEADER + ",stretch,stretchy").indexOf("stretchy")).isEqualTo(OptionalInt.of(9));
  }

  @Test
  void theEditDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Spelling.distance("target", "target", 2)).isZero();
    assertThat(Spelling.distance("targt", "target", 2)).isEqualTo(1);
    assertThat(Spelling.distance("tarxet", "target", 2)).isEqualTo(1);
    assertThat(Spelling.distance("targets", "target", 2)).isEqualTo(1);
    assertThat(Spelling.distance("tagret", "target", 2)).isEqualTo(2);
    assertThat(Spelling.distance("targ", "target", 2)).isEqualTo(2);
    assertThat(Spelling.distance("ta", "target", 2)).isEqualTo(3);
    assertThat(Spelling.distance("xxxxxx", "target", 2)).isEqualTo(3);
    assertThat(Spelling.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Spelling.distance("", "abc", 5)).isEqualTo(3);
  }

  @Test
  void aMissingRequiredColumnOrOneTheGraderAddsIsRefused() {
    assertThatThrownBy(() -> of("objective_id,kr_id,kind,kr_type,baseline,target,current")).isInstanceOf(BatchException.class)
        .hasMessageContaining("header lacks the required column \"weight\"");
    assertThatThrownBy(() -> of(HEADER + ",Score")).isInstanceOf(BatchException.class)
        .hasMessageContaining("header already has a column \"score\", which the grader adds");
  }

  @Test
  void theRequiredAndReadColumns() {
    assertThat(Columns.REQUIRED).isEqualTo(List.of(HEADER.split(",")));
    assertThat(Columns.READ).endsWith("stretch", "cycle", "cycle_start", "cycle_end", "milestone_names", "milestones_done");
  }
}
