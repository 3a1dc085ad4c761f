package dev.okr.testkit;

import static dev.okr.testkit.OkrAssertions.assertThat;
import static dev.okr.testkit.OkrAssertions.assertThatValidation;
import static dev.okr.testkit.OkrTheories.qt;

import org.junit.jupiter.api.Test;

/** A generated document with one field broken fails validation naming exactly that field. */
class BrokenModelPropertiesTest {

  @Test
  void aBrokenFieldIsReportedAtItsPathWithItsValueAndRule() {
    qt().forAll(OkrGen.broken()).checkAssert(broken -> {
      assertThat(broken.valid()).rebuildsEqual();
      assertThatValidation(broken::build).reports(broken);
    });
  }

  @Test
  void everyRuleIsReportedWhereverItIsBroken() {
    int examples = Math.max(1, OkrTheories.examples() / 5);
    for (Violation violation : Violation.values()) {
      qt().withExamples(examples)
          .forAll(OkrGen.broken(violation))
          .checkAssert(broken -> assertThatValidation(broken::build).reports(broken));
    }
  }
}
