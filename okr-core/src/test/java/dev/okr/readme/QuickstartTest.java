package dev.okr.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.io.OkrReader;
import dev.okr.core.io.OkrWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's quickstart; {@link ReadmeSnippetsTest} checks the README shows exactly this code. */
class QuickstartTest {

  @Test
  void quickstartRunsAsWritten() {
    // README:quickstart:start
    // import dev.okr.core.*; import dev.okr.core.io.*;
    KeyResult activation = KeyResult.builder()
        .id("activation")
        .statement("Increase Day-7 activation rate from 22% to 35%")
        .measurement(Measurement.builder()
            .type(MeasurementType.INCREASE).unit("%").baseline(22).target(35).build())
        .addCheckIn(CheckIn.value(LocalDate.of(2026, 7, 14), 24.5))
        .build();

    Objective onboarding = Objective.builder()
        .id("onboarding")
        .title("Delight new users with a seamless onboarding experience")
        .kind(ObjectiveKind.ASPIRATIONAL)
        .owner(Owner.team("Growth"))
        .cycle(Cycle.parse("2026-Q3"))
        .addKeyResult(activation)
        .addKeyResult(KeyResult.of("nps", "Increase NPS from 42 to 60"))
        .build();

    OkrSet okrs = OkrSet.of(List.of(onboarding));
    String yaml = OkrWriter.yaml().write(okrs);
    OkrSet again = OkrReader.yaml().read(yaml, "q3.yaml");

    System.out.println(yaml);
    System.out.println(again.equals(okrs)); // true
    // README:quickstart:end

    assertThat(again).isEqualTo(okrs);
    assertThat(yaml).contains("statement: Increase NPS from 42 to 60").contains("cycle: 2026-Q3");
  }
}
