package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one "did you mean": the nearest known name within two edits, ignoring case. */
class SpellingTest {
  @Test
  void theNearestNameWithinTwoEditsIgnoringCase() {
    assertThat(Spelling.closest("lnit", List.of("grade", "lint", "parse"))).contains("lint");
    assertThat(Spelling.closest("TITEL", List.of("description", "title"))).contains("title");
    assertThat(Spelling.closest("--fial-on", List.of("--format", "--fail-on"))).contains("--fail-on");
  }

  @Test
  void nothingBeyondTwoEdits() {
    assertThat(Spelling.closest("frobnicate", List.of("lint", "grade"))).isEmpty();
    assertThat(Spelling.closest("abc", List.of())).isEmpty();
  }

  @Test
  void theFirstOfEquallyNearNames() {
    assertThat(Spelling.closest("cat", List.of("bat", "cut"))).contains("bat");
    assertThat(Spelling.closest("cat", List.of("cut", "bat"))).contains("cut");
  }

  @Test
  void distanceIsCappedAboveTheLimit() {
    assertThat(Spelling.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Spelling.distance("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(Spelling.distance("a", "abcdef", 2)).isEqualTo(3);
    assertThat(Spelling.distance("same", "same", 2)).isZero();
  }

  @Test
  void lengthsExactlyTheLimitApartAreStillMeasured() {
    assertThat(Spelling.distance("ab", "abcd", 2)).isEqualTo(2);
    assertThat(Spelling.distance("abcd", "ab", 2)).isEqualTo(2);
    assertThat(Spelling.distance("", "ab", 2)).isEqualTo(2);
    assertThat(Spelling.closest("stat", List.of("status"))).contains("status");
    assertThat(Spelling.closest("sta", List.of("status"))).isEmpty();
  }

  @Test
  void eachKindOfEditCountsOne() {
    assertThat(Spelling.distance("title", "titl", 3)).isEqualTo(1);
    assertThat(Spelling.distance("titl", "title", 3)).isEqualTo(1);
    assertThat(Spelling.distance("title", "tatle", 3)).isEqualTo(1);
    assertThat(Spelling.distance("Title", "title", 3)).isEqualTo(1);
    assertThat(Spelling.distance("abc", "xyz", 3)).isEqualTo(3);
    assertThat(Spelling.distance("abc", "xyz", 1)).isEqualTo(2);
  }
}
