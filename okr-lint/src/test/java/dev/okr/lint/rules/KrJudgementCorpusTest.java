package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Linter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The development corpus of issue 10 ({@code src/test/resources/corpus/v2/dev-*.txt}: 2,000+ key
 * results in the voices of many departments, labelled by {@code KR-LABELS.md}): its form is checked,
 * and kr-task-like's judgement and the statement reader's targets and baselines are measured on it,
 * per department and overall. Unclear rows are left out of the task/outcome figures; a statement the
 * reader cannot read counts as a miss.
 *
 * <p>The fresh sets ({@code fresh-*.txt}) are not read here: each is run once, when the judgement
 * it measures is ready, and its figures recorded with its commit.
 *
 * <p>Run: {@code ./mvnw -q -B -ntp test -pl okr-lint -am -Dtest=KrJudgementCorpusTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class KrJudgementCorpusTest {
  private static final Linter LINTER = Linter.builder().discoverRules(false).config(LintConfig.defaults()).build();
  static final List<String> DEVELOPMENT = List.of("dev-gtm.txt", "dev-eng.txt", "dev-ops.txt", "dev-product.txt");

  /** One labelled key result. */
  record Row(String file, int line, String department, String label, boolean baseline, boolean target,
      String statement, String reason) {}

  /** Reads a corpus file, checking its form. */
  static List<Row> read(String file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
        KrJudgementCorpusTest.class.getResourceAsStream("/corpus/v2/" + file), file)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\\|", -1);
        assertThat(p).as("%s:%d has 6 fields: %s", file, n, line).hasSize(6);
        String label = p[1].strip();
        assertThat(label).as("%s:%d label", file, n).isIn("task", "outcome", "unclear");
        assertThat(p[2].strip()).as("%s:%d baseline", file, n).isIn("yes", "no");
        assertThat(p[3].strip()).as("%s:%d target", file, n).isIn("yes", "no");
        assertThat(p[4].strip()).as("%s:%d statement", file, n).isNotEmpty();
        rows.add(new Row(file, n, p[0].strip(), label, p[2].strip().equals("yes"), p[3].strip().equals("yes"),
            p[4].strip(), p[5].strip()));
      }
    }
    return rows;
  }

  /** Counts of one judgement against the labels. */
  static final class Counts {
    int tasks;
    int tasksFlagged;
    int outcomes;
    int outcomesFlagged;
    int rows;
    int targetAgree;
    int baselineAgree;

    void add(Row row, boolean flagged, boolean target, boolean baseline) {
      rows++;
      targetAgree += target == row.target() ? 1 : 0;
      baselineAgree += baseline == row.baseline() ? 1 : 0;
      if (row.label().equals("task")) {
        tasks++;
        tasksFlagged += flagged ? 1 : 0;
      } else if (row.label().equals("outcome")) {
        outcomes++;
        outcomesFlagged += flagged ? 1 : 0;
      }
    }

    double taskRecall() {
      return tasks == 0 ? 1 : tasksFlagged / (double) tasks;
    }

    double falseAlarms() {
      return outcomes == 0 ? 0 : outcomesFlagged / (double) outcomes;
    }

    String line(String name) {
      return String.format(Locale.ROOT,
          "%-22s task recall %.3f (%d/%d)  false alarms on outcomes %.3f (%d/%d)  target %.3f  baseline %.3f",
          name, taskRecall(), tasksFlagged, tasks, falseAlarms(), outcomesFlagged, outcomes,
          targetAgree / (double) rows, baselineAgree / (double) rows);
    }
  }

  static boolean flags(String statement) {
    return LINTER.lintStatement(statement).active().stream().anyMatch(f -> f.ruleId().equals("kr-task-like"));
  }

  @Test
  void theDevelopmentCorpusIsWellFormedAndMeasured() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String file : DEVELOPMENT) {
      rows.addAll(read(file));
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2000);
    Set<String> seen = new HashSet<>();
    for (Row row : rows) {
      assertThat(seen.add(row.statement().toLowerCase(Locale.ROOT))).as("%s:%d repeats a statement", row.file(), row.line())
          .isTrue();
    }
    long unclear = rows.stream().filter(r -> r.label().equals("unclear")).count();
    assertThat(unclear / (double) rows.size()).as("share of unclear rows").isLessThanOrEqualTo(0.15);

    Counts all = new Counts();
    Map<String, Counts> byDepartment = new TreeMap<>();
    for (Row row : rows) {
      KeyResultStatement s = KeyResultStatement.parse(row.statement());
      boolean flagged = flags(row.statement());
      boolean target = s.target().isPresent(); // a relative change is a target
      boolean baseline = s.baseline().isPresent();
      all.add(row, flagged, target, baseline);
      if (Boolean.getBoolean("okr.corpus.verbose") && (target != row.target() || baseline != row.baseline())) {
        System.out.printf(Locale.ROOT, "  reader %s:%d target %s/%s baseline %s/%s: %s%n", row.file(), row.line(),
            target, row.target(), baseline, row.baseline(), row.statement());
      }
      byDepartment.computeIfAbsent(row.department(), d -> new Counts()).add(row, flagged, target, baseline);
    }
    System.out.println("kr corpus v2, development (" + rows.size() + " key results):");
    System.out.println("  " + all.line("all"));
    byDepartment.forEach((d, c) -> System.out.println("  " + c.line(d)));
  }

  /** The labelled task and outcome rows (unclear left out) of the development corpus. */
  static List<Row> labelled() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String file : DEVELOPMENT) {
      for (Row row : read(file)) {
        if (!row.label().equals("unclear")) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Task recall and false alarms on outcomes of a decision over rows {p, rule, task, kind}. */
  static String rates(List<double[]> scored, java.util.function.Predicate<double[]> flag) {
    int tasks = 0;
    int hit = 0;
    int outcomes = 0;
    int alarm = 0;
    for (double[] x : scored) {
      boolean f = flag.test(x);
      if (x[2] == 1) {
        tasks++;
        hit += f ? 1 : 0;
      } else {
        outcomes++;
        alarm += f ? 1 : 0;
      }
    }
    return String.format(Locale.ROOT, "recall %.3f false alarms %.3f", hit / (double) tasks, alarm / (double) outcomes);
  }

  static List<TaskLikeTraining.Labelled> training(List<Row> rows) {
    return rows.stream().map(r -> new TaskLikeTraining.Labelled(r.statement(), r.label().equals("task"))).toList();
  }

  @Test
  void theModelCrossValidatedByDepartment() throws IOException {
    List<Row> rows = labelled();
    Set<String> departments = new java.util.TreeSet<>();
    rows.forEach(r -> departments.add(r.department()));
    double[] thresholds = {0.3, 0.4, 0.5, 0.6};
    List<double[]> scored = new ArrayList<>();
    Counts policy = new Counts();
    Counts[] model = new Counts[thresholds.length];
    Counts[] either = new Counts[thresholds.length];
    for (int t = 0; t < thresholds.length; t++) {
      model[t] = new Counts();
      either[t] = new Counts();
    }
    for (String held : departments) {
      TaskLikeModel m = TaskLikeTraining.train(training(rows.stream().filter(r -> !r.department().equals(held)).toList()), 0.5);
      for (Row row : rows) {
        if (!row.department().equals(held)) {
          continue;
        }
        KeyResultStatement s = KeyResultStatement.parse(row.statement());
        double p = m.weigh(TaskLikeFeatures.of(row.statement(), s)).probability();
        boolean rule = KrTaskLike.verdict(s, s.text().toLowerCase(Locale.ROOT),
            dev.okr.core.statement.Vocabulary.defaults(), Set.of()).isPresent();
        boolean decided = rule ? p >= 0.40 : s.kind() != dev.okr.core.statement.StatementKind.VAGUE && p >= 0.55;
        policy.add(row, decided, row.target(), row.baseline());
        scored.add(new double[] {p, rule ? 1 : 0, row.label().equals("task") ? 1 : 0,
            s.kind() == dev.okr.core.statement.StatementKind.VAGUE ? 2 : 0});
        if (Boolean.getBoolean("okr.corpus.verbose") && (p >= 0.5) != row.label().equals("task")) {
          System.out.printf(Locale.ROOT, "  miss %s %.2f %s: %s%n", row.label(), p, row.department(), row.statement());
        }
        for (int t = 0; t < thresholds.length; t++) {
          model[t].add(row, p >= thresholds[t], row.target(), row.baseline());
          either[t].add(row, p >= thresholds[t] || rule, row.target(), row.baseline());
        }
      }
    }
    System.out.println("kr-task-like model, trained without each department in turn and run on it (" + departments.size()
        + " folds):");
    System.out.println("  " + policy.line("rules&p>=.40|p>=.55").replaceAll("  target.*", ""));
    for (int t = 0; t < thresholds.length; t++) {
      System.out.println("  " + model[t].line("model p>=" + thresholds[t]).replaceAll("  target.*", ""));
      System.out.println("  " + either[t].line("model or rule p>=" + thresholds[t]).replaceAll("  target.*", ""));
    }
    if (Boolean.getBoolean("okr.corpus.grid")) {
      // -Dokr.corpus.grid=true: the pairs of thresholds, with the rules and without them
      for (double agree = 0.1; agree < 0.55; agree += 0.05) {
        for (double alone = 0.5; alone < 0.95; alone += 0.05) {
          double a = agree;
          double b = alone;
          System.out.printf(Locale.ROOT, "  grid rule&p>=%.2f or p>=%.2f: %s%n", a, b,
              rates(scored, x -> x[1] == 1 ? x[0] >= a : x[3] != 2 && x[0] >= b));
        }
      }
    }
    String out = System.getProperty("okr.train");
    if (out != null && !out.isBlank()) {
      TaskLikeTraining.write(TaskLikeTraining.train(training(rows), 0.5), java.nio.file.Path.of(out));
      System.out.println("wrote " + out);
    }
    assertThat(model[2].tasks + model[2].outcomes).isEqualTo(rows.size());
  }
}
