package dev.okr.core.outline;

import static dev.okr.core.CoreTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws of outline import: every non-blank line is kept, as an element, a structure line or an
 * unplaced line, whatever the text; an outline written in any supported style imports back into
 * exactly the objectives and key results it was written from.
 */
class OutlinePropertiesTest {

  private static final List<String> TITLES = List.of(
      "Improve user onboarding experience.", "Help new users reach their first value moment faster",
      "Make self-serve onboarding effortless for mid-market customers.", "Become the most reliable product in our category",
      "Turn existing customers into the primary growth engine.", "Prove market fit for the new enterprise module.");

  /** Statements that read as key results on a line of their own (a known verb or a leading number). */
  private static final List<String> STATEMENTS = List.of(
      "Increase Day 7 retention rate from 30% to 45%.", "Reduce churn rate from 5% to 3%.",
      "60% of content creators use the assistant weekly.", "Reduce support ticket volume by 25%.",
      "Achieve a Net Promoter Score (NPS) of 50 or above, up from 32", "Lowering CAC from $50 to $35 by the end of the quarter.",
      "Achieve zero critical defects released to production for two consecutive sprints",
      "Grow seat expansion revenue by 25% quarter-over-quarter.", "Maintain 99.99% uptime during peak traffic hours.",
      "Publish 10 blog posts", "Launch new dashboard.", "Track activation rate weekly.");

  /** An objective to write, in one of the styles. */
  record Written(String title, List<String> statements, int style) {}

  private static final Gen<Written> OBJECTIVE = rnd -> {
    String title = Generate.pick(TITLES).generate(rnd);
    int count = Generate.range(0, 5).generate(rnd);
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statements.add(Generate.pick(STATEMENTS).generate(rnd));
    }
    return new Written(title, statements, Generate.range(0, 5).generate(rnd));
  };

  private static String write(List<Written> objectives) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Written o : objectives) {
      n++;
      switch (o.style()) {
        case 0:
          sb.append("Objective: ").append(o.title()).append('\n');
          for (int k = 0; k < o.statements().size(); k++) {
            sb.append("KR").append(k + 1).append(": ").append(o.statements().get(k)).append('\n');
          }
          break;
        case 1:
          sb.append("## Objective ").append(n).append(": ").append(o.title()).append("\n### Key Results\n");
          o.statements().forEach(s -> sb.append("- ").append(s).append('\n'));
          break;
        case 2:
          sb.append("  \u2022 Objective: ").append(o.title()).append("\n  \u2022 Key Results:\n");
          for (int k = 0; k < o.statements().size(); k++) {
            sb.append("    ").append(k + 1).append(". ").append(o.statements().get(k)).append('\n');
          }
          break;
        case 3:
          sb.append("| OBJECTIVE: ").append(o.title()).append(" | |\n");
          for (int k = 0; k < o.statements().size(); k++) {
            sb.append("| Key Result ").append(k + 1).append(" | ").append(o.statements().get(k)).append(" |\n");
          }
          break;
        case 4:
          sb.append("O").append(n).append(" ").append(o.title()).append('\n');
          o.statements().forEach(s -> sb.append(s).append('\n'));
          break;
        default:
          sb.append("**Objective:** ").append(o.title()).append('\n');
          o.statements().forEach(s -> sb.append("* \"").append(s).append("\"\n"));
          break;
      }
      // a blank line between objectives: without one, Markdown reads an indented line after a list item as more of that item
      sb.append("\n");
    }
    return sb.toString();
  }

  @Test
  void anOutlineInAnyStyleImportsBackIntoWhatItWasWrittenFrom() {
    Gen<List<Written>> outlines = rnd -> {
      int count = Generate.range(1, 5).generate(rnd);
      List<Written> list = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        list.add(OBJECTIVE.generate(rnd));
      }
      return list;
    };
    qt().forAll(outlines).checkAssert(written -> {
      String document = write(written);
      OutlineImport result = OutlineImport.read(document);
      assertThat(result.unplaced()).as("unplaced lines of%n%s", document).isEmpty();
      List<Objective> objectives = result.okrSet().objectives();
      assertThat(objectives).hasSize(written.size());
      for (int o = 0; o < written.size(); o++) {
        assertThat(objectives.get(o).title()).isEqualTo(written.get(o).title());
        assertThat(objectives.get(o).keyResults()).extracting(KeyResult::statement)
            .as("key results of objective %d in%n%s", o + 1, document)
            .containsExactlyElementsOf(written.get(o).statements());
      }
      Rendering.checkLaws(document, result);
    });
  }

  private static final List<String> LINES = List.of(
      "Objective: Grow revenue", "O1 Delight users", "## Objective 2: Ship less", "Objective:", "Objectives",
      "Key Results:", "KR1: Increase NPS from 42 to 60", "KR2:", "Key Result 3 - Reduce churn by 5%",
      "- Increase ARR from $1M to $2M", "  * Track activation rate weekly", "1. Launch new dashboard", "2) a) b)",
      "Initiatives:", "- Initiative: Rebuild the checklist", "Initiative:", "| OBJECTIVE: Win the market | |",
      "| Key Result 1 | Reach 500 paid subscribers |", "| KR 2 |", "|---|---|", "| a | b | c |", "|", "||",
      "| Ключевой результат 1 | Increase NPS from 42 to 60 |", "# Heading", "Some prose about goals.",
      "60% of users return weekly", "\u2022 Objective \u2013 What you want", "**Objective:** **", "[ ] ", "- [x] done",
      "> Objective: quoted", "(1) Reduce churn from 5% to 3%", "O", "KR", "key result", "| \\| escaped | pipe |",
      "\t\tReduce churn from 5% to 3%", "____", "\"\"", "Objective: (committed)", "Objective: [aspirational] Grow");

  private static final Gen<String> DOCUMENT = rnd -> {
    int count = Generate.range(0, 30).generate(rnd);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int choice = Generate.range(0, 9).generate(rnd);
      if (choice == 0) {
        sb.append(strings().allPossible().ofLengthBetween(0, 40).generate(rnd).replace('\n', ' ').replace('\r', ' '));
      } else if (choice == 1) {
        sb.append("   ");
      } else {
        sb.append(" ".repeat(Generate.range(0, 4).generate(rnd))).append(Generate.pick(LINES).generate(rnd));
      }
      sb.append(Generate.pick(List.of("\n", "\r\n", "\r")).generate(rnd));
    }
    return sb.toString();
  };

  @Test
  void everyNonBlankLineIsKeptAsAnElementAStructureLineOrAnUnplacedLine() {
    qt().forAll(DOCUMENT).checkAssert(document -> Rendering.checkLaws(document, OutlineImport.read(document)));
  }

  @Test
  void anyTextImports() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(document -> Rendering.checkLaws(document, OutlineImport.read(document)));
  }
}
