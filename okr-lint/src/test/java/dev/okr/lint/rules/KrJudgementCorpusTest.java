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
import java.util.Optional;
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
  /**
   * The development corpus: the files written for it (the last two by writers who had read only the
   * labelling brief), and each fresh set once it has been run.
   */
  static final List<String> DEVELOPMENT =
      List.of("dev-gtm.txt", "dev-eng.txt", "dev-ops.txt", "dev-product.txt", "dev-more-1.txt", "dev-more-2.txt",
          "fresh-1.txt", "fresh-2.txt", "fresh-3.txt", "fresh-4.txt", "fresh-5.txt", "fresh-6.txt", "fresh-7.txt",
          "fresh-8.txt", "fresh-9.txt", "fresh-10.txt", "fresh-11.txt", "fresh-12.txt");

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
      boolean target = s.target().isPresent() || s.targetPlaceholder().isPresent(); // a relative change is a target
      boolean baseline = s.baseline().isPresent() || s.baselinePlaceholder().isPresent();
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

  /**
   * The rows of the development corpus the model trains on: tasks against everything else. Unclear
   * rows train it as "not a task" (a borderline statement is left to the rules that name what is
   * missing, such as kr-not-measurable), and are never scored.
   */
  static List<Row> labelled() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String file : DEVELOPMENT) {
      for (Row row : read(file)) {
        rows.add(row);
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
      if (x[2] < 0) {
        continue;
      }
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

  /**
   * What the model trains on: these rows, tasks against everything else, and the key results of
   * the product brief's seed documents with the seeds' own verdicts (the {@code seed} lines of the
   * first corpus, {@code corpus/dev.txt}), so that the brief's examples are always in view.
   */
  static List<TaskLikeTraining.Labelled> training(List<Row> rows) throws IOException {
    List<TaskLikeTraining.Labelled> out = new ArrayList<>();
    rows.forEach(r -> out.add(new TaskLikeTraining.Labelled(r.statement(), r.label().equals("task"))));
    for (KrTaskLikeAccuracyTest.Example e : KrTaskLikeAccuracyTest.corpus("dev.txt")) {
      if (e.kind().equals("kr") && e.reason().startsWith("seed")) {
        out.add(new TaskLikeTraining.Labelled(e.text(), e.task()));
      }
    }
    return out;
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
        TaskLikeModel.Weighing weighing = m.weigh(TaskLikeFeatures.of(row.statement(), s));
        double p = weighing.probability();
        Optional<KrTaskLike.Verdict> verdict = KrTaskLike.verdict(s, s.text().toLowerCase(Locale.ROOT),
            dev.okr.core.statement.Vocabulary.defaults());
        boolean rule = verdict.isPresent();
        boolean decided = KrTaskLike.decide(s, verdict, weighing);
        policy.add(row, decided, row.target(), row.baseline());
        scored.add(new double[] {p, rule ? 1 : 0, row.label().equals("task") ? 1 : row.label().equals("outcome") ? 0 : -1,
            s.kind() == dev.okr.core.statement.StatementKind.VAGUE ? 2 : 0});
        if (Boolean.getBoolean("okr.corpus.verbose") && !row.label().equals("unclear") && decided != row.label().equals("task")) {
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
    System.out.println("  " + policy.line("kr-task-like").replaceAll("  target.*", ""));
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
    assertThat(model[2].tasks + model[2].outcomes).isEqualTo(rows.stream().filter(r -> !r.label().equals("unclear")).count());
    // the issue's aims: task recall at least 0.95 with at most 3% false alarms on outcomes
    assertThat(policy.taskRecall()).as("cross-validated task recall").isGreaterThanOrEqualTo(0.95);
    assertThat(policy.falseAlarms()).as("cross-validated false alarms on outcomes").isLessThanOrEqualTo(0.03);
  }

  @Test
  void theShippedWeightsAreWhatTrainingGives() throws IOException {
    StringBuilder trained = new StringBuilder();
    TaskLikeTraining.train(training(labelled()), 0.5).write(trained);
    String shipped;
    try (InputStream in = Objects.requireNonNull(TaskLikeModel.class.getResourceAsStream(TaskLikeModel.RESOURCE))) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(shipped).as("kr-task-like.weights is stale: retrain with -Dokr.train (see TaskLikeTraining)")
        .isEqualTo(trained.toString());
  }

  /**
   * Runs a fresh set, once: {@code -Dokr.fresh=fresh-2.txt}. A fresh set is written from
   * KR-LABELS.md alone by someone who has not read the rules, committed before anything runs on it,
   * run once with this, its figures recorded with the commit that ran it, and only then added to
   * {@link #DEVELOPMENT}. Rounds so far:
   *
   * <ul>
   *   <li>fresh-1.txt (320 rows, committed in a354f7d), run at b1acaa0: task recall 0.930
   *       (119/128), false alarms on outcomes 0.021 (3/145); target 0.903, baseline 0.956.
   *   <li>fresh-2.txt (320 rows, committed in a354f7d), run at 9cceb47: task recall 0.915
   *       (119/130), false alarms on outcomes 0.054 (8/148); target 0.969, baseline 0.981.
   *   <li>fresh-3.txt (406 rows, committed in 6100514), run at c68d17d: task recall 0.940
   *       (158/168), false alarms on outcomes 0.037 (7/190); target 0.975, baseline 0.980.
   *   <li>fresh-4.txt (391 rows, committed in 5c9eda0), run at 132fd5f: task recall 0.922
   *       (154/167), false alarms on outcomes 0.041 (7/172); target 0.967, baseline 0.972.
   *   <li>fresh-5.txt (427 rows, committed in 6cb6fd8), run at 12c6aa8: task recall 0.906
   *       (155/171), false alarms on outcomes 0.035 (7/199); target 0.960, baseline 0.977.
   *   <li>fresh-6.txt (391 rows, committed in c66b4b4), run at 540e3da: task recall 0.927
   *       (140/151), false alarms on outcomes 0.033 (6/183); target 0.959, baseline 0.980.
   *   <li>fresh-7.txt (394 rows, committed in 8b445cc), run at ebf3371: task recall 0.939
   *       (155/165), false alarms on outcomes 0.050 (9/180); target 0.977, baseline 0.977.
   *   <li>fresh-8.txt (433 rows, committed in 53fc446, picked onto main as a7658e8), run at a7658e8:
   *       task recall 0.916 (163/178), false alarms on outcomes 0.019 (4/209); target 0.956, baseline
   *       0.965. Five of the 15 tasks missed are not in English (reported unreadable, so counted as
   *       missed); on the English rows task recall is 0.942 (163/173). Folded in without the 15 rows
   *       other files already had.
   *   <li>fresh-9.txt (418 rows, committed in 62aa111, picked onto main as 73e5ec4), run at dc4dbeb
   *       (the model trained with Tribuo): task recall 0.979 (185/189), false alarms on outcomes 0.033
   *       (6/184); target 0.983, baseline 0.986. No row is in another language. Folded in without the
   *       19 rows other files already had.
   *   <li>fresh-10.txt (423 rows, committed in 722691d, picked onto main as 55c9270), run at b97db39
   *       (the model retrained with fresh-9): task recall 0.984 (188/191), false alarms on outcomes
   *       0.016 (3/185); target 0.979, baseline 0.998. Most target misses are counts its writer took
   *       for the scope of the work, not a target ("Renegotiate 5 largest SaaS contracts", "Run QBRs
   *       with the top 25 customers"). No row is in another language. Folded in without the 13 rows
   *       other files already had.
   *   <li>fresh-11.txt (417 rows, committed in 6eeb6ef, picked onto main as e6a9c39), run at e6a9c39
   *       (the model retrained with fresh-10): task recall 0.974 (184/189), false alarms on outcomes
   *       0.022 (4/181); target 0.993, baseline 0.998: every aim met. No row is in another language.
   *       Folded in without the 3 rows other files already had.
   *   <li>fresh-12.txt (452 rows, committed in 44ff765, picked onto main as c0db292), run at ddd9ab2
   *       (the model retrained with fresh-11): task recall 0.975 (193/198), false alarms on outcomes
   *       0.024 (5/209); target 0.978, baseline 0.993. No row is in another language. Folded in
   *       without the 10 rows other files already had; its bare placeholders after "at" and "by" and
   *       before a counted noun ("at N", "up by N", "Generate X qualified leads") are read since.
   * </ul>
   */
  @Test
  void freshSet() throws IOException {
    String file = System.getProperty("okr.fresh", "");
    org.junit.jupiter.api.Assumptions.assumeFalse(file.isBlank(), "no fresh set named (-Dokr.fresh)");
    assertThat(DEVELOPMENT).as("a fresh set already folded into the development corpus").doesNotContain(file);
    Counts c = new Counts();
    for (Row row : read(file)) {
      KeyResultStatement s = KeyResultStatement.parse(row.statement());
      c.add(row, flags(row.statement()), s.target().isPresent() || s.relativeChange().isPresent() || s.targetPlaceholder().isPresent(),
          s.baseline().isPresent() || s.baselinePlaceholder().isPresent());
    }
    System.out.println("kr corpus v2, " + file + ": " + c.line("kr-task-like"));
    assertThat(c.tasks + c.outcomes).isPositive();
    // the targets of a fresh round: it fails, after printing, when a round falls short
    assertThat(c.taskRecall()).as("task recall on %s", file).isGreaterThanOrEqualTo(0.95);
    assertThat(c.falseAlarms()).as("false alarms on outcomes on %s", file).isLessThanOrEqualTo(0.03);
    assertThat(c.targetAgree / (double) c.rows).as("target found as labelled on %s", file).isGreaterThanOrEqualTo(0.98);
    assertThat(c.baselineAgree / (double) c.rows).as("baseline found as labelled on %s", file).isGreaterThanOrEqualTo(0.98);
  }
}
