package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigTest {

  @Test
  void readsEverySetting() {
    LintConfig c = LintConfig.fromYaml(String.join("\n",
        "minConfidence: 0.6",
        "asOf: 2026-08-15",
        "rules:",
        "  kr-no-baseline: off",
        "  okr-missing-kind: warning",
        "  kr-duplicate: on",
        "thresholds:",
        "  maxKeyResultsPerObjective: 4",
        "  staleCheckInDays: 10",
        "vocabulary:",
        "  outputVerbs: [demo, hand over]",
        "  vanityMetrics: [badge count]",
        ""));
    assertThat(c.minConfidence()).isEqualTo(0.6);
    assertThat(c.asOf()).contains(LocalDate.of(2026, 8, 15));
    assertThat(c.disabledRules()).containsExactly("kr-no-baseline");
    assertThat(c.severities()).containsEntry("okr-missing-kind", Severity.WARNING).hasSize(1);
    assertThat(c.thresholds().maxKeyResultsPerObjective()).isEqualTo(4);
    assertThat(c.thresholds().minKeyResultsPerObjective()).isEqualTo(2);
    assertThat(c.thresholds().staleCheckInDays()).isEqualTo(10);
    assertThat(c.vocabulary().outputVerbs()).containsExactly("demo", "hand over");
    assertThat(c.vocabulary().vanityMetrics()).containsExactly("badge count");
  }

  @Test
  void anEmptyFileIsTheDefaults() {
    assertThat(LintConfig.fromYaml("")).isEqualTo(LintConfig.defaults());
  }

  @Test
  void errorsNameTheSettingItsLineAndWhatWasExpected() {
    assertThatThrownBy(() -> LintConfig.fromYaml("minConfidence: 0.5\nthresholds:\n  staleCheckInDayz: 3\n"))
        .isInstanceOf(LintConfigException.class)
        .hasMessageStartingWith("line 3: thresholds.staleCheckInDayz: is not a setting; expected one of:");
    assertThatThrownBy(() -> LintConfig.fromYaml("rules:\n  kr-task-like: loud\n"))
        .hasMessage("line 2: rules.kr-task-like: must be one of: off, on, error, warning, info (was \"loud\")");
    assertThatThrownBy(() -> LintConfig.fromYaml("minConfidence: 2\n"))
        .hasMessage("line 1: minConfidence: must lie in [0, 1] (was \"2\")");
    assertThatThrownBy(() -> LintConfig.fromYaml("thresholds:\n  minKeyResultsPerObjective: 6\n"))
        .hasMessageContaining("thresholds.maxKeyResultsPerObjective").hasMessageContaining("must not be below");
    assertThatThrownBy(() -> LintConfig.fromYaml("asOf: soon\n")).hasMessageContaining("asOf: must be a date");
    assertThatThrownBy(() -> LintConfig.fromYaml("vocabulary:\n  outputVerbs: demo\n"))
        .hasMessageContaining("vocabulary.outputVerbs: must be a list");
    assertThatThrownBy(() -> LintConfig.fromYaml("rules: [a\n")).isInstanceOf(LintConfigException.class)
        .hasMessageContaining("is not valid YAML");
  }

  @Test
  void loadNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(LintConfig.FILE_NAME);
    Files.writeString(file, "minConfidence: 0.7\n");
    assertThat(LintConfig.load(file).minConfidence()).isEqualTo(0.7);
    Files.writeString(file, "minConfidance: 0.7\n");
    assertThatThrownBy(() -> LintConfig.load(file)).hasMessageContaining(LintConfig.FILE_NAME + ": minConfidance");
  }
}
