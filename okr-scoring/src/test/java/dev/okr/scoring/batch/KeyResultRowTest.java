package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row as read: its line, its values by position or column name, and rows as values. */
class KeyResultRowTest {
  private static final Columns HEADER =
      Columns.of(Arrays.asList("objective_id,kr_id,kind,kr_type,baseline,target,current,weight".split(",")));

  @Test
  void valuesByPositionAndByColumnWithEmptyBeyondTheRow() {
    KeyResultRow row = KeyResultRow.of(3, HEADER, List.of("O", "K", "committed"));
    assertThat(row.line()).isEqualTo(3);
    assertThat(row.size()).isEqualTo(3);
    assertThat(row.get(2)).isEqualTo("committed");
    assertThat(row.get(3)).isEmpty();
    assertThat(row.get("KR_ID")).isEqualTo("K");
    assertThat(row.get("weight")).isEmpty();
    assertThat(row.get("note")).isEmpty();
    assertThat(row.values()).containsExactly("O", "K", "committed");
    assertThat(row.columns()).isEqualTo(HEADER);
    assertThat(row).hasToString("line 3: O,K,committed");
  }

  @Test
  void aRowByColumnNameFillsTheHeadersOrder() {
    KeyResultRow row = KeyResultRow.of(1, HEADER, Map.of("kr_id", "K", "objective_id", "O", "weight", "2"));
    assertThat(row.values()).containsExactly("O", "K", "", "", "", "", "", "2");
  }

  @Test
  void linesStartAtOneAndValuesAreNeverNull() {
    assertThat(KeyResultRow.of(1, HEADER, List.of("O")).line()).isEqualTo(1);
    assertThatThrownBy(() -> KeyResultRow.of(0, HEADER, List.of("O"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be at least 1 (was 0)");
    assertThatThrownBy(() -> KeyResultRow.of(1, HEADER, new String[] {"O", null})).isInstanceOf(NullPointerException.class);
  }

  @Test
  void rowsAreEqualByLineHeaderAndValues() {
    KeyResultRow row = KeyResultRow.of(2, HEADER, List.of("O", "K"));
    assertThat(row).isEqualTo(KeyResultRow.of(2, HEADER, List.of("O", "K")))
        .hasSameHashCodeAs(KeyResultRow.of(2, HEADER, List.of("O", "K")))
        .isNotEqualTo(KeyResultRow.of(3, HEADER, List.of("O", "K")))
        .isNotEqualTo(KeyResultRow.of(2, HEADER, List.of("O", "J")))
        .isNotEqualTo(KeyResultRow.of(2, Columns.of(Arrays.asList(
            "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,note".split(","))), List.of("O", "K")))
        .isNotEqualTo("line 2: O,K");
  }
}
