package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The accuracy of kr-task-like (and, for information, objective-task-like) on the labelled corpus
 * in {@code src/test/resources/corpus}: precision and recall on the development part, which the
 * rules were tuned on, and on the held-out part, which was kept out of sight while tuning. Each
 * statement is linted alone with the default configuration, as an editor would.
 */
class KrTaskLikeAccuracyTest {
  private static final Linter LINTER = Linter.builder().discoverRules(false).config(LintConfig.defaults()).build();

  /** One labelled line of the corpus. */
  record Example(String kind, boolean task, String text, String reason) {}

  /** Counts of a binary classifier against labels. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int trueNegatives;
    final List<String> errors = new ArrayList<>();

    void add(boolean predicted, Example e) {
      if (predicted && e.task) {
        truePositives++;
      } else if (predicted) {
        falsePositives++;
        errors.add("false alarm: " + e.text);
      } else if (e.task) {
        falseNegatives++;
        errors.add("missed:      " + e.text);
      } else {
        trueNegatives++;
      }
    }

    double precision() {
      return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    double recall() {
      return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }

    String line(String name) {
      return String.format(Locale.ROOT, "%-34s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d, tn %d)",
          name, precision(), recall(), truePositives, falsePositives, falseNegatives, trueNegatives);
    }
  }

  static List<Example> corpus(String file) throws IOException {
    List<Example> out = new ArrayList<>();
    try (InputStream in = KrTaskLikeAccuracyTest.class.getResourceAsStream("/corpus/" + file)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split(" \\| ", -1);
        if (p.length < 3 || !(p[0].equals("kr") || p[0].equals("objective")) || !(p[1].equals("task") || p[1].equals("outcome"))) {
          throw new IllegalStateException(file + " line " + n + " is not 'kind | label | text | reason': " + line);
        }
        out.add(new Example(p[0], p[1].equals("task"), p[2], p.length > 3 ? p[3] : ""));
      }
    }
    return out;
  }

  static boolean flagsKeyResult(String statement) {
    return LINTER.lintStatement(statement).active().stream().anyMatch(f -> f.ruleId().equals("kr-task-like"));
  }

  static boolean flagsObjective(String title) {
    LintReport r = LINTER.lint(OkrSet.of(List.of(Objective.builder().id("o").title(title).build())));
    return r.active().stream().map(Finding::ruleId).anyMatch("objective-task-like"::equals);
  }

  static Score[] score(String file) throws IOException {
    Score kr = new Score();
    Score objective = new Score();
    for (Example e : corpus(file)) {
      if (e.kind.equals("kr")) {
        kr.add(flagsKeyResult(e.text), e);
      } else {
        objective.add(flagsObjective(e.text), e);
      }
    }
    return new Score[] {kr, objective};
  }

  @Test
  void krTaskLikeReachesNinetyPercentPrecisionAndRecall() throws IOException {
    Score[] dev = score("dev.txt");
    Score[] heldOut = score("heldout.txt");
    Score[] fresh = score("fresh.txt");
    System.out.println(dev[0].line("kr-task-like, development"));
    System.out.println(heldOut[0].line("kr-task-like, held-out"));
    System.out.println(fresh[0].line("kr-task-like, fresh check set"));
    System.out.println(dev[1].line("objective-task-like, development"));
    System.out.println(heldOut[1].line("objective-task-like, held-out"));
    dev[0].errors.forEach(e -> System.out.println("  dev " + e));
    fresh[0].errors.forEach(e -> System.out.println("  fresh " + e));
    assertThat(dev[0].precision()).as("kr-task-like precision on the development corpus").isGreaterThanOrEqualTo(0.9);
    assertThat(dev[0].recall()).as("kr-task-like recall on the development corpus").isGreaterThanOrEqualTo(0.9);
  }
}
