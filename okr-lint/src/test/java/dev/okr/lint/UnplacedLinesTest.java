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
}
