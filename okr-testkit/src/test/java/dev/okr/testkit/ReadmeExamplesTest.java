package dev.okr.testkit;

import static dev.okr.testkit.OkrAssertions.assertThat;
import static dev.okr.testkit.OkrAssertions.assertThatValidation;
import static dev.okr.testkit.OkrTheories.qt;

import org.junit.jupiter.api.Test;

/** The README's okr-testkit example, run as written. */
class ReadmeExamplesTest {

  // README:testkit:start
  @Test
  void documentsKeepTheirShape() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set ->
        assertThat(set).findsEveryElementById().hasAcyclicAlignmentGraph().rebuildsEqual());
  }

  @Test
  void everyBrokenFieldIsNamed() {
    qt().forAll(OkrGen.broken()).checkAssert(broken ->
        assertThatValidation(broken::build).reports(broken));
  }
  // README:testkit:end
}
