package dev.okr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductTeamExampleTest {

  @Test
  void readsTheMeasurementsFromTheSeedStatements() {
    String out = Printed.by(ProductTeamExample::run);

    assertThat(out).contains(
        "  activation-time: decrease from 14 to 7 days  <- \"Reduce median time-to-first-key-action from 14 days to 7 days\"",
        // "by 40%" with no baseline is a decrease on an index that starts at 100
        "  activation-tickets: decrease from 100 to 60 % of baseline  <- ",
        "  retention-nps: increase from 32 to 50  <- ");
  }

  @Test
  void theMidCycleReviewFlagsTheKeyResultsFallingBehind() {
    String out = Printed.by(ProductTeamExample::run);

    assertThat(out).contains("Mid-cycle review, 2026-08-17 (week 7 of 13, 52% of the quarter elapsed)");
    // 30-day retention covers about 0.22 of its range by week 7 against 0.52 expected of a committed
    // key result: more than 0.25 behind, so off track
    assertThat(out).containsPattern("retention-30-day +score 0\\.2\\d  expected 0\\.52  off-track ");
    assertThat(out).containsPattern("activation-time +score 0\\.5\\d  expected 0\\.36  on-track ");
  }

  @Test
  void theFinalGradesFollowWhereEachKeyResultEnded() {
    String out = Printed.by(ProductTeamExample::run);

    // The last check-ins cover 1.0, 0.85, 0.55 (aspirational) and 0.7, 0.35, 1.0 (committed) of each range.
    assertThat(out).contains(
        "Final grades, 2026-09-30",
        "  activation (aspirational): 0.80 above-expectation green",
        "    activation-time        1.00 possibly-sandbagged green",
        "    activation-tickets     0.55 below-expectation yellow",
        "  retention (committed): 0.68 missed red, needs an explanation",   // a miss is red, however close
        "    retention-nps          1.00 met green");
  }
}
