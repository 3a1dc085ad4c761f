package dev.okr.core.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example of {@code docs/outline-format.md} reads as the page says it does. */
class OutlineFormatDocTest {

  @Test
  void theOwnerCycleAndKindExampleReadsAsDocumented() throws Exception {
    String page = Files.readString(Path.of("..", "docs", "outline-format.md"), StandardCharsets.UTF_8);
    int start = page.indexOf("```markdown\n") + "```markdown\n".length();
    String example = page.substring(start, page.indexOf("```\n", start));

    OutlineImport imported = OutlineImport.read(example);

    assertThat(imported.unplaced()).isEmpty();
    assertThat(imported.okrSet().objectives()).hasSize(2);
    Objective onboarding = imported.okrSet().objectives().get(0);
    assertThat(onboarding.title()).isEqualTo("Make onboarding effortless");
    assertThat(onboarding.kind()).hasValue(ObjectiveKind.COMMITTED);
    assertThat(onboarding.owner()).hasValue(Owner.person("Dana Ruiz"));
    assertThat(onboarding.cycle()).hasValue(Cycle.quarter(2026, 3));
    KeyResult second = onboarding.keyResults().get(1);
    assertThat(second.statement()).isEqualTo("Reduce time-to-first-value from 45 to 12 minutes");
    assertThat(second.priority()).hasValue("P1");
    assertThat(second.owner()).hasValue(Owner.person("@mo"));
    assertThat(second.reported().flatMap(Reported::status)).hasValue("on track");

    Objective paying = imported.okrSet().objectives().get(1);
    assertThat(paying.kind()).as("the front matter's kind").hasValue(ObjectiveKind.ASPIRATIONAL);
    assertThat(paying.owner()).as("the front matter's owner").hasValue(Owner.team("Growth"));
    assertThat(paying.cycle()).as("its own Cycle: line").hasValue(Cycle.quarter(2026, 4));
    assertThat(imported.lineRoles().get(1)).isEqualTo(LineRole.STRUCTURE);
  }
}
