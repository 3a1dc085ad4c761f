package dev.okr.benchmarks;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * okr-lint's speed, on one thread with every default rule (issue 5: aim at 200,000 key results per
 * second per core, so that an editor can lint on every keystroke).
 *
 * <ul>
 *   <li>{@link #corpusDocument}: the key results of okr-lint's labelled corpus, four to an
 *       objective, linted as one document; the score divided by the number of key results ({@link
 *       #corpusKeyResults}) is key results per second.
 *   <li>{@link #statementAsTyped}: one statement at a time through {@code lintStatement}, as an
 *       editor would call it on each keystroke; ops/s is key results per second.
 *   <li>{@link #hundredObjectiveDocument}: a document of 100 objectives with four key results,
 *       check-ins and initiatives each; time per lint.
 *   <li>{@link #longStatement}: one statement of {@code length} characters; time per character
 *       stays flat as the length grows when linting is linear in the input.
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LintBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  private Linter linter;
  private List<String> statements;
  private OkrSet corpus;
  private OkrSet hundred;
  private int next;

  /** The number of key results in the corpus document. */
  public int corpusKeyResults;

  @Setup
  public void setUp() {
    // the built-in rules only: okr-examples, on this module's class path for other benchmarks,
    // registers a vendor's example rule that ServiceLoader would otherwise add
    linter = Linter.builder().config(LintConfig.builder().asOf(AS_OF).build()).discoverRules(false).build();
    statements = corpusStatements();
    corpus = document(statements, statements.size() / 4 + 1);
    corpusKeyResults = corpus.keyResults().size();
    hundred = document(statements, 100);
  }

  /** A statement of {@code length} characters made of corpus statements joined by "and". */
  @State(Scope.Benchmark)
  public static class LongText {
    @Param({"1000", "10000", "100000"})
    public int length;

    String text;

    @Setup
    public void setUp() {
      List<String> statements = corpusStatements();
      StringBuilder b = new StringBuilder();
      for (int i = 0; b.length() < length; i++) {
        b.append(statements.get(i % statements.size())).append(" and ");
      }
      text = b.substring(0, length);
    }
  }

  /** The corpus as one document, all default rules; divide ops/s by the key results for key results per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public LintReport corpusDocument() {
    return linter.lint(corpus);
  }

  /** One statement per operation, as an editor lints on each keystroke: ops/s is key results per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public LintReport statementAsTyped() {
    String s = statements.get(next);
    next = next + 1 == statements.size() ? 0 : next + 1;
    return linter.lintStatement(s);
  }

  /** A 100-objective document with 400 key results, check-ins and initiatives. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public LintReport hundredObjectiveDocument() {
    return linter.lint(hundred);
  }

  /** One very long statement. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void longStatement(LongText input, Blackhole hole) {
    hole.consume(linter.lintStatement(input.text));
  }

  /** Objectives of four key results each from the statements, with owners, kinds, cycles, check-ins and an initiative. */
  static OkrSet document(List<String> statements, int objectives) {
    List<Objective> list = new ArrayList<>();
    int s = 0;
    for (int o = 0; o < objectives; o++) {
      Objective.Builder b = Objective.builder()
          .id("o" + o)
          .title("Make customers successful, part " + o)
          .owner(Owner.team("Team " + (o / 3)))
          .kind(o % 2 == 0 ? ObjectiveKind.COMMITTED : ObjectiveKind.ASPIRATIONAL)
          .cycle(Cycle.quarter(2026, 3));
      for (int k = 0; k < 4; k++) {
        KeyResult.Builder kr = KeyResult.builder().id("o" + o + "k" + k).statement(statements.get(s++ % statements.size()));
        if (k % 2 == 0) {
          kr.addCheckIn(CheckIn.value(LocalDate.of(2026, 7, 6), 1)).addCheckIn(CheckIn.value(LocalDate.of(2026, 8, 3 + k), 2));
        }
        b.addKeyResult(kr.build());
      }
      b.addInitiative(Initiative.builder().id("o" + o + "i").title("Experiment " + o).addKeyResultId("o" + o + "k0").build());
      list.add(b.build());
    }
    return OkrSet.of(list);
  }

  /** The key-result statements of okr-lint's corpus, development and held-out parts. */
  static List<String> corpusStatements() {
    List<String> out = new ArrayList<>();
    for (String file : List.of("corpus/dev.txt", "corpus/heldout.txt")) {
      try (InputStream in = LintBenchmark.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + file);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("kr | ")) {
            out.add(line.split(" \\| ", -1)[2]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
