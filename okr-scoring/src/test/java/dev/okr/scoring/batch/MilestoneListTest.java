package dev.okr.scoring.batch;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.okr.core.Milestone;
import dev.okr.core.OkrValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The cell form of named, weighted milestones: what it reads, what it refuses, and that what it writes reads back. */
class MilestoneListTest {

  @Test
  void readsNamesAndWeightsWithSpacesAroundThemNotPartOfThem() {
    assertThat(MilestoneList.read("pilot teams; half of paying teams *2;all paying teams", "milestone_names"))
        .containsExactly(Milestone.of("pilot teams"), Milestone.of("half of paying teams", 2), Milestone.of("all paying teams"));
    assertThat(MilestoneList.read(" a * 0.5 ; b*1e1 ", "m")).containsExactly(Milestone.of("a", 0.5), Milestone.of("b", 10));
    assertThat(MilestoneList.read("a *1,5; b", "m", true)).containsExactly(Milestone.of("a", 1.5), Milestone.of("b"));
  }

  @Test
  void aBackslashTakesTheNextCharacterAsItIs() {
    assertThat(MilestoneList.read("R\\&D\\; ops \\*2; \\\\share; \\ padded\\ ", "m"))
        .extracting(Milestone::name).containsExactly("R&D; ops *2", "\\share", " padded ");
    assertThat(MilestoneList.write(List.of(Milestone.of("a;b *3"), Milestone.of(" c\\", 2.5))))
        .isEqualTo("a\\;b \\*3; \\ c\\\\ *2.5");
  }

  @Test
  void refusesWhatIsNotAListNamingTheColumnAndTheRule() {
    assertThatThrownBy(() -> MilestoneList.read("a; ; b", "milestone_names"))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("milestone_names: has no name for milestone 2 (was \"a; ; b\")");
    assertThat(rule("a; b;")).isEqualTo("has no name for milestone 3 (after the last ;)");
    assertThat(rule("a *x")).isEqualTo("gives milestone 1 (\"a\") the weight \"x\", which is not a number");
    assertThat(rule("a; b *0")).isEqualTo("gives milestone 2 (\"b\") the weight 0; a weight must be greater than 0");
    assertThat(rule("a *-2")).isEqualTo("gives milestone 1 (\"a\") the weight -2; a weight must be greater than 0");
    assertThat(rule("a *")).startsWith("gives milestone 1 (\"a\") the weight \"\", which is not a number");
    assertThat(rule("a *2 *3")).isEqualTo("has more than one * in milestone 1 (write \\* for a * in a name)");
    assertThat(rule("a; b; a *2")).isEqualTo("names milestone \"a\" twice (milestones 1 and 3)");
    assertThat(rule("a\\")).startsWith("ends with a backslash that escapes nothing");
    assertThat(rule("*2")).isEqualTo("has no name for milestone 1");
    assertThatThrownBy(() -> MilestoneList.readNames("a; b *2", "milestones_done"))
        .hasMessageContaining("gives milestone 2 (\"b\") a weight; the milestones done are names only");
  }

  @Test
  void writesAWholeWeightWithoutAPointUpTo10To15AndLargerOnesAsJavaDoublesRead() {
    assertThat(MilestoneList.write(List.of(Milestone.of("a", 2), Milestone.of("b", 1e14), Milestone.of("c", 1e15),
        Milestone.of("d", 0.5))))
        .isEqualTo("a *2; b *100000000000000; c *1.0E15; d *0.5");
  }

  @Test
  void aSecondStarIsRefusedEvenWhenTheFirstOpensTheItem() {
    assertThat(rule("*1*2")).isEqualTo("has more than one * in milestone 1 (write \\* for a * in a name)");
    assertThat(rule("a; *1 *2")).isEqualTo("has more than one * in milestone 2 (write \\* for a * in a name)");
  }

  private static String rule(String cell) {
    try {
      MilestoneList.read(cell, "m");
    } catch (OkrValidationException e) {
      return e.rule();
    }
    throw new AssertionError("read " + cell);
  }

  /** Names drawn from characters the form must escape or strip, as well as letters. */
  private static Gen<List<Milestone>> milestones() {
    String alphabet = "ab ;*\\\t\n=\"x";
    return lists().of(lists().of(integers().between(0, 63)).ofSizeBetween(1, 8)).ofSizeBetween(1, 5).map(drawn -> {
      List<Milestone> all = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (List<Integer> d : drawn) {
        StringBuilder name = new StringBuilder();
        for (int i = 1; i < d.size(); i++) {
          name.append(alphabet.charAt(d.get(i) % alphabet.length()));
        }
        if (name.toString().isBlank()) {
          name.append('m');
        }
        if (names.add(name.toString())) {
          all.add(Milestone.of(name.toString(), d.get(0) % 4 == 0 ? 1 + d.get(0) / 8.0 : 1));
        }
      }
      return all;
    });
  }

  @Test
  void whatItWritesReadsBackToTheSameMilestonesAndNames() {
    qt().forAll(milestones()).checkAssert(m -> {
      assertThat(MilestoneList.read(MilestoneList.write(m), "m")).isEqualTo(m);
      List<String> names = m.stream().map(Milestone::name).toList();
      assertThat(MilestoneList.readNames(MilestoneList.writeNames(names), "m")).isEqualTo(names);
    });
  }
}
