package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.lint.Okrs;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkrMissingKindTest {
  private final OkrMissingKind rule = new OkrMissingKind();

  @Test
  void onlyUnlabelledObjectivesAreReported() {
    Objective labelled = Okrs.objective("a", "A").build();
    Objective bare = Objective.builder().id("b").title("B").build();
    assertThat(RuleTester.findings(rule, OkrSet.of(List.of(labelled, bare)))).singleElement()
        .satisfies(f -> assertThat(f.elementId()).contains("b"));
  }
}
