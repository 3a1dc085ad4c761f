package dev.okr.core.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Each seed document's OKRs, copied as plain text into {@code seed-00N.txt} with the seed's own
 * layout (bullets, numbering, Markdown tables, labels, a foreign-language label cell), import into
 * the expected objectives and key results, at the expected lines and columns; the seed's headings
 * and template placeholders are reported, not dropped. Seed 004 states its OKRs in prose; its file
 * restates them as a bare outline, the first two lines with no objective.
 */
class SeedOutlinesTest {

  @Test
  void seed000() throws IOException {
    assertImports("seed-000.txt", """
        O1 3:16 Improve user onboarding experience.
          O1.KR1 5:8 Increase Day 7 retention rate from 30% to 45%.
          O1.KR2 6:8 Reduce average time to complete onboarding from 10 mins to 6 mins.
          O1.KR3 7:8 Achieve 80% user satisfaction in post-onboarding survey.
        O2 11:16 Increase usage of the new AI writing assistant.
          O2.KR1 13:7 60% of content creators use the assistant weekly.
          O2.KR2 14:7 CSAT score for the assistant is 4.5/5.
          O2.KR3 15:7 Reduce bounce rate on the assistant interface from 35% to 15%.
        O3 19:16 Boost retention of mid-tier customers.
          O3.KR1 21:7 Increase 90-day retention from 50% to 65%.
          O3.KR2 22:7 Reduce support ticket volume by 25%.
          O3.KR3 23:7 Introduce 2 new self-service features by Q3.
        structure 1 4 9 12 17 20
        """);
  }

  @Test
  void seed001() throws IOException {
    assertImports("seed-001.txt", """
        O1 2:14 Help new users reach their first value moment faster
          O1.KR1 3:26 Reduce median time-to-first-key-action from 14 days to 7 days
          O1.KR2 4:26 Increase onboarding completion rate from 38% to 65%
          O1.KR3 5:18 Reduce support tickets related to getting-started issues by 40%
        O2 7:14 Build a product experience that keeps users coming back
          O2.KR1 8:26 Increase weekly active users (WAU) from 10,000 to 15,000
          O2.KR2 9:26 Raise 30-day retention rate from 45% to 60%
          O2.KR3 10:18 Achieve a Net Promoter Score (NPS) of 50 or above, up from 32
        O3 12:14 Achieve strong market adoption for the new pricing tier
          O3.KR1 13:26 Reach 500 paid subscribers on the new tier within 60 days of launch
          O3.KR2 14:26 Achieve a trial-to-paid conversion rate of 25%, up from 14%
          O3.KR3 15:18 Secure 20 customer case study interviews within 90 days post-launch
        O4 17:14 Become the most reliable product in our category
          O4.KR1 18:26 Reduce critical bug rate by 60% over the quarter
          O4.KR2 19:26 Achieve a Customer Satisfaction Score (CSAT) of 90%, up from 74%
          O4.KR3 20:18 Reduce mean time to resolution (MTTR) for P1 issues from 48 hours to 8 hours
        O5 22:14 Increase product delivery velocity without sacrificing quality
          O5.KR1 23:26 Reduce average feature cycle time from 6 weeks to 3.5 weeks
          O5.KR2 24:26 Achieve zero critical defects released to production for two consecutive sprints
          O5.KR3 25:18 Complete 90% of committed sprint items on schedule, up from 65%
        O6 27:14 Unlock product-led revenue growth through improved feature adoption
          O6.KR1 28:26 Increase feature adoption rate among free users from 20% to 45%
          O6.KR2 29:26 Achieve 300 product-qualified leads (PQLs) per month, up from 120
          O6.KR3 30:18 Grow expansion revenue from existing accounts by 25% through in-product upsell paths
        structure 1 6 11 16 21 26
        """);
  }

  @Test
  void seed002() throws IOException {
    assertImports("seed-002.txt", """
        structure 1 2 3 4 5 6 8 9 10 11 12 13 14 15
        """);
  }

  @Test
  void seed003() throws IOException {
    assertImports("seed-003.txt", """
        O1 3:16 Make self-serve onboarding effortless for mid-market customers.
          O1.KR1 4:10 Increase Day-7 activation rate from 22% to 35%.
          O1.KR2 5:10 Reduce median time-to-first-value from 45 minutes to under 12 minutes.
          O1.KR3 6:10 Decrease onboarding-related support tickets by 40%.
        O2 10:16 Build habits that keep users coming back every week.
          O2.KR1 11:10 Improve W4 retention from 31% to 42%.
          O2.KR2 12:10 Increase the percentage of users with 3+ weekly sessions from 18% to 30%.
          O2.KR3 13:10 Raise NPS from 38 to 50.
        O3 17:16 Eliminate deploy friction so teams ship with confidence.
          O3.KR1 18:10 Reduce average deploy time from 28 minutes to under 8 minutes.
          O3.KR2 19:10 Achieve 99.95% deploy success rate (up from 97.2%).
          O3.KR3 20:10 Get 80% of teams running at least 2 deploys per day (up from 35%).
        O4 24:16 Turn existing customers into the primary growth engine.
          O4.KR1 25:10 Increase net revenue retention from 105% to 118%.
          O4.KR2 26:10 Grow seat expansion revenue by 25% quarter-over-quarter.
          O4.KR3 27:10 Achieve 60%+ response rate on quarterly business reviews.
        O5 31:16 Deliver an AI assistant that users trust for critical decisions.
          O5.KR1 32:10 Reduce hallucination rate from 12% to under 3% on core workflows.
          O5.KR2 33:10 Increase AI feature weekly active usage from 8% to 25% of the user base.
          O5.KR3 34:10 Achieve a user-reported accuracy satisfaction score of 4.2+ out of 5.
        O6 38:16 Make new users successful in their first week.
          O6.KR1 39:10 Increase Day-7 activation rate from [baseline]% to [target]%.
          O6.KR2 40:10 Reduce median time-to-first-value from [X] minutes to [Y] minutes.
          O6.KR3 41:10 Decrease onboarding support tickets by [Z]%.
        O7 45:16 Ensure customers who adopt the product stay long-term.
          O7.KR1 46:10 Improve 90-day retention from [baseline]% to [target]%.
          O7.KR2 47:10 Reduce monthly churn rate from [X]% to [Y]%.
          O7.KR3 48:10 Increase NRR from [X]% to [Y]%.
        O8 52:16 Validate demand for [new capability] with real users.
          O8.KR1 53:10 Achieve [X] weekly active users of the beta within 6 weeks.
          O8.KR2 54:10 Reach [X]% retention rate among beta users at Day-30.
          O8.KR3 55:10 Collect [X] qualitative feedback sessions confirming core value proposition.
        structure 1 8 15 22 29 36 43 50
        """);
  }

  @Test
  void seed004() throws IOException {
    assertImports("seed-004.txt", """
        O1 - (untitled)
          O1.KR1 1:1 Reduce home page load time from 3.5 seconds to 1.8 seconds
          O1.KR2 2:1 Generate 500 organic leads from new content
        O2 4:12 Provide a seamless onboarding experience that delights new users.
          O2.KR1 5:1 Increase the 7-day retention rate from 20% to 35% by the end of Q3.
        O3 7:12 Prove market fit for the new enterprise module.
          O3.KR1 8:1 Secure 10 signed letters of intent from Tier-1 prospects
          O3.KR2 9:1 Achieve a 70% 'very disappointed' score on the product-market fit survey.
        O4 11:12 Establish the platform as the gold standard for reliability
          O4.KR1 12:1 Reduce P0 incidents by 50%
          O4.KR2 13:1 Maintain 99.99% uptime during peak traffic hours.
        O5 15:12 Optimize marketing spend efficiency
          O5.KR1 16:1 Lowering CAC from $50 to $35 by the end of the quarter.
        """);
  }

  private static void assertImports(String resource, String expected) throws IOException {
    String document;
    try (InputStream in = Objects.requireNonNull(SeedOutlinesTest.class.getResourceAsStream(resource), resource)) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    OutlineImport result = OutlineImport.read(document);
    assertThat(Rendering.render(result)).isEqualTo(expected);
    Rendering.checkLaws(document, result);
  }
}
