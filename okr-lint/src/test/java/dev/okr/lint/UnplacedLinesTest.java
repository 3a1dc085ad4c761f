package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the linter reads a line the outline reader did not place: its text, and whether it reads as a key-result statement. */
class UnplacedLinesTest {

  @Test
  void theTextIsWhatFollowsTheMarkup() {
    UnplacedLines.Content c = UnplacedLines.content("  * **Launch new dashboard** <!-- okr-lint-disable kr-task-like -- x -->");
    assertThat(c.text()).isEqualTo("Launch new dashboard");
    assertThat(c.offset()).as("from the first non-blank character").isEqualTo(4);
    assertThat(UnplacedLines.content("> 1. [ ] Hire 3 engineers").text()).isEqualTo("Hire 3 engineers");
    assertThat(UnplacedLines.content("(2) Reduce churn from 5% to 3%").text()).isEqualTo("Reduce churn from 5% to 3%");
    assertThat(UnplacedLines.content("3.5% of visitors buy").text()).as("a number is not a list marker").isEqualTo("3.5% of visitors buy");
    assertThat(UnplacedLines.content("## Launch plan").heading()).isTrue();
    assertThat(UnplacedLines.content("| Increase NPS | 42 | 60 |").tableRow()).isTrue();
  }

  @Test
  void aLineReadsAsAStatementWithAKnownVerbOrANumberThatOpensItOrComesWithABaseline() {
    for (String statement : new String[] {
        "- Launch new dashboard", "Improve onboarding experience", "Hire 3 engineers", "Track support response times weekly",
        "60% of users return weekly", "NPS from 42 to 60", "1. Increase NPS from 42 to 60"}) {
      assertThat(UnplacedLines.content(statement).readsAsKeyResult()).as(statement).isTrue();
    }
    for (String other : new String[] {
        "- Dark mode", "Notes from the planning meeting", "Open questions for the review", "Q3 2026", "Last updated 2026-07-01",
        "Reduce churn?", "# Increase NPS from 42 to 60", "| Increase NPS from 42 to 60 |", "- ", "<!-- a comment -->"}) {
      assertThat(UnplacedLines.content(other).readsAsKeyResult()).as(other).isFalse();
    }
  }

  private static String text(String line) {
    return UnplacedLines.content(line).text();
  }

  @Test
  void aHeadingHasOneToSixHashesAndThenASpaceOrNothing() {
    assertThat(UnplacedLines.content("###### Six").heading()).isTrue();
    assertThat(text("###### Six")).isEqualTo("Six");
    assertThat(UnplacedLines.content("####### Seven").heading()).isFalse();
    assertThat(text("####### Seven")).isEqualTo("####### Seven");
    assertThat(UnplacedLines.content("#tag").heading()).isFalse();
    assertThat(text("#tag")).isEqualTo("#tag");
    assertThat(UnplacedLines.content("#").heading()).isTrue();
    assertThat(text("#")).isEmpty();
  }

  @Test
  void aListMarkerIsFollowedByASpace() {
    assertThat(text("- Ship it")).isEqualTo("Ship it");
    assertThat(text("\u2022 Ship it")).isEqualTo("Ship it");
    assertThat(text("-Ship it")).isEqualTo("-Ship it");
    assertThat(text("[x] Ship it")).isEqualTo("Ship it");
    assertThat(text("[X] Ship it")).isEqualTo("Ship it");
    assertThat(text("[ ] Ship it")).isEqualTo("Ship it");
    assertThat(text("[y] Ship it")).isEqualTo("[y] Ship it");
    assertThat(text("[x]Ship it")).isEqualTo("[x]Ship it");
    assertThat(text("[x")).isEqualTo("[x");
  }

  @Test
  void numberedAndLetteredMarkers() {
    assertThat(text("(12) Ship it")).isEqualTo("Ship it");
    assertThat(text("() Ship it")).isEqualTo("() Ship it");
    assertThat(text("(12 Ship it")).isEqualTo("(12 Ship it");
    assertThat(text("(12)")).isEqualTo("(12)");
    assertThat(text("(12)Ship")).isEqualTo("(12)Ship");
    assertThat(text("1.2. Ship it")).isEqualTo("Ship it");
    assertThat(text("1.2) Ship it")).isEqualTo("Ship it");
    assertThat(text("12) Ship it")).isEqualTo("Ship it");
    assertThat(text("12 Ship it")).isEqualTo("12 Ship it");
    assertThat(text("1.")).isEqualTo("1.");
    assertThat(text("1.2")).isEqualTo("1.2");
    assertThat(text("a) Ship it")).isEqualTo("Ship it");
    assertThat(UnplacedLines.content("a) Ship it").offset()).isEqualTo(3);
    assertThat(text("z) Ship it")).isEqualTo("Ship it");
    assertThat(text("A) Ship it")).isEqualTo("A) Ship it");
    assertThat(text("ab) Ship it")).isEqualTo("ab) Ship it");
    assertThat(text("a)Ship it")).isEqualTo("a)Ship it");
    assertThat(text("a")).isEqualTo("a");
  }

  @Test
  void atMostThreeMarkersAreTakenOff() {
    assertThat(text("> - [ ] 1. Ship it")).isEqualTo("1. Ship it");
    assertThat(text("> - 1. Ship it")).isEqualTo("Ship it");
    assertThat(UnplacedLines.content("  > - 1. Ship it").offset()).isEqualTo(7);
  }

  @Test
  void emphasisIsTakenOffBothEndsOnlyWhenItOpensTheText() {
    assertThat(text("**Ship it**")).isEqualTo("Ship it");
    assertThat(text("_Ship it_")).isEqualTo("Ship it");
    assertThat(text("- __Ship it__  ")).isEqualTo("Ship it");
    assertThat(text("Ship it**")).isEqualTo("Ship it**");
    assertThat(text("***")).isEmpty();
    assertThat(text("** Ship it **")).isEqualTo("Ship it");
  }

  @Test
  void trailingCommentsAreTakenOffOneAfterTheOther() {
    assertThat(text("Ship it <!-- a --> <!-- b -->")).isEqualTo("Ship it");
    assertThat(text("Ship it -->")).isEqualTo("Ship it -->");
    assertThat(text("<!-- only -->")).isEmpty();
    assertThat(text("  | a | <!-- note -->")).isEqualTo("| a |");
    assertThat(UnplacedLines.content("  | a |").offset()).isZero();
  }
}
