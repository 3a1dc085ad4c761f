package dev.okr.lint.rules;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.okr.core.statement.KeyResultStatement;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains {@link TaskLikeModel} on labelled key results with liblinear's L2-regularised logistic
 * regression (a deterministic solver): tasks are 1, everything else 0. Features that
 * occur only once in the training rows are left out too, so that the model learns words, not rows.
 *
 * <p>Writing the weights trained on the whole development corpus to a file: {@code ./mvnw -q -B
 * -ntp test -pl okr-lint -am -Dtest=KrJudgementCorpusTest -Dokr.train=FILE
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code FILE} relative to okr-lint).
 */
final class TaskLikeTraining {
  private TaskLikeTraining() {}

  /**
   * The regularisation constant: 2, chosen by cross-validation over departments on the 6,416-row
   * corpus (task recall 0.946 and false alarms 0.026 against 0.944 and 0.027 at 1, 0.939 and 0.027
   * at 0.5); {@code -Dokr.train.c} tries another.
   */
  static final double C = Double.parseDouble(System.getProperty("okr.train.c", "2.0"));

  /** A labelled statement: its text and whether it is a task. */
  record Labelled(String statement, boolean task) {}

  /** A model trained on these statements, with the given threshold. */
  static TaskLikeModel train(List<Labelled> rows, double threshold) {
    List<List<String>> features = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Labelled row : rows) {
      List<String> f = TaskLikeFeatures.of(row.statement(), KeyResultStatement.parse(row.statement()));
      features.add(f);
      f.forEach(name -> counts.merge(name, 1, Integer::sum));
    }
    // a fixed index per feature, in name order: the same rows always give the same problem
    TreeMap<String, Integer> index = new TreeMap<>();
    counts.forEach((name, count) -> {
      if (count >= 2) {
        index.put(name, 0);
      }
    });
    int next = 1;
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      e.setValue(next++);
    }
    Problem problem = new Problem();
    problem.l = rows.size();
    problem.n = index.size() + 1;
    problem.bias = 1;
    problem.x = new Feature[rows.size()][];
    problem.y = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      List<Integer> ids = new ArrayList<>();
      for (String f : features.get(i)) {
        Integer id = index.get(f);
        if (id != null) {
          ids.add(id);
        }
      }
      ids.sort(Integer::compare);
      Feature[] x = new Feature[ids.size() + 1];
      for (int k = 0; k < ids.size(); k++) {
        x[k] = new FeatureNode(ids.get(k), 1);
      }
      x[ids.size()] = new FeatureNode(problem.n, 1);
      problem.x[i] = x;
      problem.y[i] = rows.get(i).task() ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Linear.resetRandom();
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, 0.0001));
    double[] w = model.getFeatureWeights();
    // liblinear orders the classes as first seen; the weights speak for labels[0]
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      double weight = sign * w[e.getValue() - 1];
      if (Math.abs(weight) >= 1e-6) {
        weights.put(e.getKey(), weight);
      }
    }
    return new TaskLikeModel(weights, sign * w[problem.n - 1], threshold);
  }

  /** Writes a model's weights to a file, whole or not at all. */
  static void write(TaskLikeModel model, Path file) throws IOException {
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "weights", ".tmp");
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      model.write(out);
    }
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
