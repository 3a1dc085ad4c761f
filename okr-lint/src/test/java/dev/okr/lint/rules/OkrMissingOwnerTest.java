package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.lint.Okrs;
import dev.okr.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkrMissingOwnerTest {
  private final OkrMissingOwner rule = new OkrMissingOwner();

  @Test
  void onlyObjectivesWithoutOwnerAreReported() {
    Objective owned = Okrs.objective("a", "A").build();
    Objective orphan = Objective.builder().id("b").title("B").build();
    assertThat(RuleTester.findings(rule, OkrSet.of(List.of(owned, orphan)))).singleElement()
        .satisfies(f -> {
          assertThat(f.elementId()).contains("b");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
  }
}
