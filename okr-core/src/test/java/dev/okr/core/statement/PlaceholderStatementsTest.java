package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Placeholders an author left to fill in, bare or bracketed, are read as a stated target or
 * baseline with no value; capital letters that name things are not.
 */
class PlaceholderStatementsTest {
  private final StatementParser parser = StatementParser.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Increase SQL-to-won conversion from X% to Y%            | X%     | Y%",
      "Reduce churn in APAC from X to Y                        | X      | Y",
      "Grow self-serve ARR from $X to $Y                       | $X     | $Y",
      "Expansion revenue from existing accounts: $N -> $M      | $N     | $M",
      "Avg items per order X -> Y                              | X      | Y",
      "Cut average bug triage time from X days to Y hours      | X days | Y hours",
      "Webinar attendance rate from [N1]% to [N2]%             | [N1]%  | [N2]%",
      "Software spend per employee $N → $M                     | $N     | $M",
      "Trial-to-paid conversion from TBD to 4%                 | TBD    | -",
      "Ticket deflection from X to 25%                         | X      | -",
  })
  void readsBothEndsOfATemplate(String statement, String baseline, String target) {
    KeyResultStatement s = parser.parse(statement);

    assertThat(s.baselinePlaceholder()).map(Phrase::text).hasValue(baseline);
    if (target.equals("-")) {
      assertThat(s.target()).as("the target is written; only the start is left to fill in").isPresent();
      return;
    }
    assertThat(s.targetPlaceholder()).map(Phrase::text).hasValue(target);
    assertThat(s.target()).isEmpty();
    assertThat(s.measurement()).as("nothing to score until it is filled in").isEmpty();
    assertThat(s.missing()).contains(Missing.TARGET);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "P0 - Q3 bookings hit $N                    | $N",
      "$N pipeline from webinars                  | $N",
      "¥N bookings via the Japan distributor      | ¥N",
      "Hire [N] CSMs for APAC                     | [N]",
      "Grow weekly active teams to X teams        | X",
      "Reach N paying customers in Brazil         | N",
      "N merchants accept wallet payments         | N",
      "KR3: X partners resell the analytics add-on | X",
      "Recruit N backend engineers by Q2          | N",
      "Hire N SDRs for the Nordics                | N",
      "Quota coverage at [N]x for next quarter    | [N]x",
      "Weekly active users of the refill reminder at N | N",
      "Members enrolled in the loyalty scheme up by N  | N",
      "Generate X qualified leads from the roadshow    | X",
  })
  void readsATargetLeftToFillIn(String statement, String target) {
    KeyResultStatement s = parser.parse(statement);

    assertThat(s.targetPlaceholder()).map(Phrase::text).hasValue(target);
    assertThat(s.baselinePlaceholder()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Launch Feature X to 100% of paying users",
      "Launch campaign Y",
      "Grow Gen Z audience on TikTok to 50k followers",
      "Migrate the billing service to X",
      "Ship Project M by end of Q3",
      "Increase NPS from 30 to 45",
      "Reach Series B readiness by Q4",
      "Move 3 teams to Y",
      "X platform launched to early adopters",
      "Move the wiki from X to Confluence",
      "Demo the prototype at X Corp's offices",
      "Ship the redesign by X",
      "Launch feature X at the summit",
  })
  void leavesNamesAlone(String statement) {
    KeyResultStatement s = parser.parse(statement);

    assertThat(s.targetPlaceholder()).isEmpty();
    assertThat(s.baselinePlaceholder()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Increase NPS from 42 to Y          | 42 | Y",
      "Day-30 retention from 12% to Y%    | 12 | Y%",
      "Weekly active teams 420 -> N       | 420 | N",
  })
  void keepsTheValueWhenOnlyOneEndIsAPlaceholder(String statement, double baseline, String target) {
    KeyResultStatement s = parser.parse(statement);

    assertThat(s.baseline().map(Quantity::value)).isEqualTo(Optional.of(baseline));
    assertThat(s.targetPlaceholder()).map(Phrase::text).hasValue(target);
    assertThat(s.missing()).contains(Missing.TARGET);
  }
}
