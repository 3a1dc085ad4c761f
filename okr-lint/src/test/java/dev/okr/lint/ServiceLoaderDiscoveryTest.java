package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceLoaderDiscoveryTest {
  @Test
  void rulesListedAsServicesJoinTheBuiltInOnes() {
    assertThat(Linter.withDefaults().rules()).extracting(RuleMetadata::id).contains("test-discovered", "kr-duplicate");
    assertThat(Linter.builder().discoverRules(false).build().rules()).extracting(RuleMetadata::id).doesNotContain("test-discovered");
    assertThat(Linter.withDefaults().lintStatement("Reach xyzzy").active()).extracting(Finding::ruleId).contains("test-discovered");
  }
}
