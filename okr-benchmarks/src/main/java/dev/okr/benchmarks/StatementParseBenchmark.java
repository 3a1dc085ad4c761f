package dev.okr.benchmarks;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Statements parsed per second on one thread (issue 3; aim: at least 1,000,000 per second).
 *
 * <p>{@code seeds} parses the seeds' sentences in turn (every key-result sentence of the five
 * seeds and the non-key-results they set against them, about 60 chars each): one operation is one
 * statement. {@code longText} parses one text of the given length made of those sentences, to show
 * that time grows linearly with length: its score divided by the length stays flat.
 *
 * <p>Run: {@code java -jar okr-benchmarks/target/benchmarks.jar StatementParse -f 1 -wi 3 -i 5}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class StatementParseBenchmark {

  /** The seeds' sentences, read once. */
  static final String[] SENTENCES = load();

  private static String[] load() {
    try (InputStream in = Objects.requireNonNull(
        StatementParseBenchmark.class.getResourceAsStream("seed-statements.txt"), "seed-statements.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The position in the sentences, per thread. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** One text of {@code length} chars made of the seeds' sentences. */
  @State(Scope.Benchmark)
  public static class LongText {
    @Param({"100", "1000", "10000"})
    int length;

    String text = "";

    @Setup(Level.Trial)
    public void build() {
      StringBuilder sb = new StringBuilder(length + 200);
      for (int i = 0; sb.length() < length; i++) {
        sb.append(SENTENCES[i % SENTENCES.length]).append(' ');
      }
      text = sb.substring(0, length);
    }
  }

  private final StatementParser parser = StatementParser.standard();

  @Benchmark
  public KeyResultStatement seeds(Cursor cursor) {
    String text = SENTENCES[cursor.next];
    cursor.next = cursor.next + 1 == SENTENCES.length ? 0 : cursor.next + 1;
    return parser.parse(text);
  }

  @Benchmark
  public KeyResultStatement longText(LongText longText) {
    return parser.parse(longText.text);
  }
}
