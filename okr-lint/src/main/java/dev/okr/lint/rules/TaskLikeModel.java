package dev.okr.lint.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic-regression model of "this key result is a task, not an outcome", over {@link
 * TaskLikeFeatures}: a weight per feature, a bias, and the probability from which a statement is
 * called a task. Its weights are written as text (one {@code feature<TAB>weight} a line), trained on
 * okr-lint's labelled development corpus with Tribuo's logistic regression
 * (see {@code TaskLikeTraining}); reading them is deterministic and needs no network and no native
 * code. Immutable and thread-safe. kr-task-like decides with it ({@link KrTaskLike#decide}); its
 * accuracy is measured by cross-validation over departments in {@code KrJudgementCorpusTest}.
 */
final class TaskLikeModel {
  /** Words too common to explain a verdict. */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
      "with", "from", "into", "that", "this", "than", "their", "they", "have", "been", "were", "will", "each",
      "every", "more", "less", "over", "under", "within", "across", "after", "before", "about", "least");

  /** The resource the shipped weights are read from, beside this class. */
  static final String RESOURCE = "kr-task-like.weights";

  /** The shipped model, read once, when first asked for. */
  private static final class Shipped {
    static final TaskLikeModel MODEL = load();

    private static TaskLikeModel load() {
      try (java.io.InputStream in = java.util.Objects.requireNonNull(
          TaskLikeModel.class.getResourceAsStream(RESOURCE), RESOURCE)) {
        return read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private final Map<String, Double> weights;
  private final double bias;
  private final double threshold;

  TaskLikeModel(Map<String, Double> weights, double bias, double threshold) {
    this.weights = Map.copyOf(weights);
    this.bias = bias;
    this.threshold = threshold;
  }

  /** The model shipped with okr-lint. */
  static TaskLikeModel shipped() {
    return Shipped.MODEL;
  }

  /** Reads weights written by {@link #write(Appendable)}. */
  static TaskLikeModel read(Reader in) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    double bias = 0;
    double threshold = 0.5;
    BufferedReader r = new BufferedReader(in);
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String name = line.substring(0, tab);
      double value = Double.parseDouble(line.substring(tab + 1));
      switch (name) {
        case "@bias" -> bias = value;
        case "@threshold" -> threshold = value;
        default -> weights.put(name, value);
      }
    }
    return new TaskLikeModel(weights, bias, threshold);
  }

  /** Writes the weights, sorted by feature, so that the same model is always the same text. */
  void write(Appendable out) throws IOException {
    out.append("# kr-task-like: logistic-regression weights over TaskLikeFeatures; written by TaskLikeTraining\n");
    out.append("@bias\t").append(format(bias)).append('\n');
    out.append("@threshold\t").append(format(threshold)).append('\n');
    List<String> names = new ArrayList<>(weights.keySet());
    names.sort(Comparator.naturalOrder());
    for (String name : names) {
      out.append(name).append('\t').append(format(weights.get(name))).append('\n');
    }
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  /** The model with another threshold. */
  TaskLikeModel withThreshold(double newThreshold) {
    return new TaskLikeModel(weights, bias, newThreshold);
  }

  /**
   * How the model weighs a statement's features.
   *
   * @param probability the probability that it is a task
   * @param task whether that probability reaches the threshold
   */
  record Weighing(double probability, boolean task) {}

  /** Weighs a statement's features. */
  Weighing weigh(List<String> features) {
    double z = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) {
        z += w;
      }
    }
    double p = 1 / (1 + Math.exp(-z));
    return new Weighing(p, p >= threshold);
  }

  /**
   * The words among a statement's features that pushed most toward a verdict ({@code task} or not),
   * strongest first, at most three: what an explanation names.
   */
  List<String> deciding(List<String> features, boolean task) {
    List<String> deciding = new ArrayList<>();
    features.stream()
        .filter(f -> f.startsWith("w:") || f.startsWith("first:"))
        .filter(f -> weights.containsKey(f) && (task ? weights.get(f) > 0 : weights.get(f) < 0))
        .sorted(Comparator.comparingDouble((String f) -> -Math.abs(weights.get(f))))
        .map(f -> f.substring(f.indexOf(':') + 1))
        .filter(w -> !w.startsWith("<") && w.length() > 3 && !FUNCTION_WORDS.contains(w))
        .distinct()
        .limit(3)
        .forEach(deciding::add);
    return List.copyOf(deciding);
  }
}
