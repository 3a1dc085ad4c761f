package dev.okr.lint;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of the linter: any input is linted without throwing; template-generated tasks are
 * flagged as tasks and template-generated from/to outcomes are not; findings point at elements
 * that exist; linting is deterministic.
 */
class LinterPropertiesTest {
  private static final Linter LINTER = Linter.builder().discoverRules(false)
      .config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build()).build();

  private static final List<String> HOSTILE = List.of(
      "((((a+)+)+)+$", "(.*a){20}", "\\", "$", "^", "[", "]]]", "{{{{", "%%%%", "1,2,3,4,5,6,7,8,9,0",
      "from from to to", "by by by", "99999999999999999999999", "-1e308", "NaN", "∞", "½", "٣", "𝟘",
      "\u0000", "\u202e", "\uD83D\uDE00", " ", "\t", "\n", "KR1:", "•", "…", "—", "%", "$", "€", "+", "or above",
      "up from", "(up from", "to under", "out of 5", "zero", "per month", "quarter-over-quarter");

  @Test
  void anyStringIsLintedWithoutThrowing() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(s -> assertThat(LINTER.lintStatement(s).findings()).isNotNull());
  }

  @Test
  void regexHostileTextIsLintedWithoutThrowing() {
    qt().forAll(lists().of(arbitrary().pick(HOSTILE)).ofSizeBetween(0, 60))
        .checkAssert(parts -> assertThat(LINTER.lintStatement(String.join("", parts)).findings()).isNotNull());
  }

  @Test
  void veryLongLinesAreLintedWithoutThrowing() {
    qt().withExamples(Math.max(1, dev.okr.testkit.OkrTheories.examples() / 100))
        .forAll(lists().of(arbitrary().pick(HOSTILE)).ofSizeBetween(2_000, 4_000), integers().between(0, 3))
        .checkAssert((parts, joiner) -> {
          String text = String.join(List.of(" ", "", " and ", "1").get(joiner), parts);
          assertThat(LINTER.lintStatement(text).findings()).isNotNull();
        });
  }

  @Test
  void findingsOfAnyDocumentPointAtItsElementsInDocumentOrderAndRepeat() {
    Gen<String> statements = arbitrary().pick(List.of(
        "Launch new dashboard", "Increase NPS from 42 to 60", "Improve onboarding experience", "Publish 10 blog posts",
        "Track activation rate weekly", "More page views", "Reduce churn rate from 5% to 3%", "x", "Increase NPS from 42"));
    Gen<List<List<String>>> documents = lists().of(lists().of(statements).ofSizeBetween(0, 7)).ofSizeBetween(0, 6);
    qt().forAll(documents).checkAssert(doc -> {
      List<Objective> objectives = new ArrayList<>();
      for (int o = 0; o < doc.size(); o++) {
        Objective.Builder b = Okrs.objective("o" + o, o % 2 == 0 ? "Ship the portal" : "Delight new users");
        for (int k = 0; k < doc.get(o).size(); k++) {
          b.addKeyResult(KeyResult.of("o" + o + "k" + k, doc.get(o).get(k)));
        }
        objectives.add(b.build());
      }
      OkrSet set = OkrSet.of(objectives);
      LintReport report = LINTER.lint(set);
      for (Finding f : report.findings()) {
        assertThat(f.elementId()).isPresent();
        String id = f.elementId().get();
        assertThat(set.objective(id).isPresent() || set.keyResult(id).isPresent()).as(f.toString()).isTrue();
        f.span().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(f.text().length()));
        assertThat(f.confidence()).isBetween(LINTER.config().minConfidence(), 1.0);
      }
      assertThat(LINTER.lint(set)).isEqualTo(report);
    });
  }
}
