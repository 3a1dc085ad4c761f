package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.Cycle;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scoring context: its policy and cycle, equality by both, and its text. */
class ScoringContextTest {

  private static final Cycle APRIL = Cycle.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
  private static final Cycle MAY = Cycle.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));

  @Test
  void aContextKeepsItsPolicyAndCycle() {
    ScoringPolicy policy = ScoringPolicy.builder().periodDays(3).build();
    ScoringContext none = ScoringContext.of(policy);
    assertThat(none.policy()).isSameAs(policy);
    assertThat(none.cycle()).isEmpty();
    assertThat(ScoringContext.of(policy, Optional.empty()).cycle()).isEmpty();
    assertThat(ScoringContext.of(policy, Optional.of(APRIL)).cycle()).contains(APRIL);
    ScoringContext april = none.withCycle(APRIL);
    assertThat(april.policy()).isSameAs(policy);
    assertThat(april.cycle()).contains(APRIL);
    assertThat(none.cycle()).isEmpty();
    assertThatThrownBy(() -> none.withCycle(null)).isInstanceOf(NullPointerException.class).hasMessage("cycle");
    assertThatThrownBy(() -> ScoringContext.of(null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
  }

  @Test
  void contextsAreEqualByPolicyAndCycle() {
    ScoringPolicy policy = ScoringPolicy.builder().periodDays(3).build();
    ScoringPolicy other = ScoringPolicy.builder().periodDays(4).build();
    ScoringContext april = ScoringContext.of(policy, Optional.of(APRIL));
    ScoringContext same = ScoringContext.of(ScoringPolicy.builder().periodDays(3).build()).withCycle(APRIL);
    assertThat(april).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(april).isNotEqualTo(ScoringContext.of(policy, Optional.of(MAY)));
    assertThat(april).isNotEqualTo(ScoringContext.of(policy));
    assertThat(ScoringContext.of(policy)).isNotEqualTo(april);
    assertThat(april).isNotEqualTo(ScoringContext.of(other, Optional.of(APRIL)));
    assertThat(ScoringContext.of(policy)).isEqualTo(ScoringContext.of(policy));
    assertThat(april).isNotEqualTo(policy);
  }

  @Test
  void aContextShowsItsPolicyAndCycle() {
    ScoringPolicy policy = ScoringPolicy.builder().periodDays(3).build();
    assertThat(ScoringContext.of(policy).toString()).isEqualTo("ScoringContext{policy=" + policy + ", cycle=null}");
    assertThat(ScoringContext.of(policy, Optional.of(APRIL)).toString())
        .isEqualTo("ScoringContext{policy=" + policy + ", cycle=" + APRIL + "}");
  }
}
