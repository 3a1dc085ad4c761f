package dev.okr.benchmarks;

import dev.okr.core.outline.OutlineImport;
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
 * Outline import on one thread.
 *
 * <p>{@code document} imports a 200-line Markdown document of the usual shapes (front matter,
 * headings with bullets, a cascade, a table, noisy key results, prose): one operation is one
 * document, so the score is documents per second. {@code hostile} imports texts of growing size
 * (10 KB, 100 KB, 1 MB) built to be slow for a Markdown reader: unclosed brackets and emphasis,
 * deep nesting, wide tables. Time per operation divided by the size stays flat when import is
 * linear. {@code markdownBlocksOnly} and {@code validationOnly} time the parts of an import the
 * importer does not control.
 *
 * <p>Run: {@code java -jar okr-benchmarks/target/benchmarks.jar OutlineImport -f 1 -wi 3 -i 5}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class OutlineImportBenchmark {

  /** The 200-line document. */
  static final String DOCUMENT = document(200);

  /** A hostile text of a given size and shape. */
  @State(Scope.Benchmark)
  public static class Hostile {
    @Param({"10000", "100000", "1000000"})
    int size;

    @Param({"brackets", "emphasis", "nesting", "table"})
    String shape;

    String text = "";

    @Setup(Level.Trial)
    public void build() {
      text = hostile(shape, size);
    }
  }

  /**
   * The two parts of an import that the importer does not control, for comparison with {@code
   * document}: commonmark-java's block parse of the same document (configured as the importer
   * configures it: GFM tables, block source spans, no inline parsing), and the validation of the OKR
   * set the import builds ({@code OkrSet.of}).
   */
  static final org.commonmark.parser.Parser BLOCKS = org.commonmark.parser.Parser.builder()
      .extensions(java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create()))
      .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (lines, node) -> { })
      .build();

  /** The objectives the import of the 200-line document gives. */
  static final java.util.List<dev.okr.core.Objective> IMPORTED = OutlineImport.read(DOCUMENT).okrSet().objectives();

  /** commonmark-java's block parse of the 200-line document, per second. */
  @Benchmark
  public org.commonmark.node.Node markdownBlocksOnly() {
    return BLOCKS.parse(DOCUMENT);
  }

  /** Validation of the OKR set imported from the 200-line document, per second. */
  @Benchmark
  public dev.okr.core.OkrSet validationOnly() {
    return dev.okr.core.OkrSet.of(IMPORTED);
  }

  /** Documents imported per second. */
  @Benchmark
  public OutlineImport document() {
    return OutlineImport.read(DOCUMENT);
  }

  /** One hostile text imported (time per operation). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public OutlineImport hostile(Hostile input) {
    return OutlineImport.read(input.text);
  }

  /** A Markdown document of about {@code lines} lines in the shapes real teams write. */
  static String document(int lines) {
    StringBuilder sb = new StringBuilder();
    sb.append("---\ntitle: Company OKRs\nowner: Leadership\n---\n\n# Company OKRs 2026 Q3\n\n");
    sb.append("How we write OKRs: an objective is qualitative; a key result has a number.\n\n");
    int o = 0;
    while (sb.chars().filter(c -> c == '\n').count() < lines) {
      o++;
      switch (o % 4) {
        case 0 -> {
          sb.append("## Team ").append(o).append("\n\n### Objective ").append(o)
              .append(": Make onboarding effortless for new teams\n\n");
          for (int k = 1; k <= 4; k++) {
            sb.append("- KR").append(k).append(": Increase day-7 activation from ").append(20 + k).append("% to ")
                .append(30 + k).append("% (0.").append(k + 3).append(")\n");
          }
          sb.append('\n');
        }
        case 1 -> {
          sb.append("| Objective | Key result | Owner | Status |\n|---|---|---|---|\n");
          sb.append("| Grow the partner channel ").append(o).append(" | Sign 12 new resellers | @dana | on track |\n");
          for (int k = 2; k <= 4; k++) {
            sb.append("| | Raise partner-sourced pipeline from $").append(k).append("M to $").append(k + 2)
                .append("M | Sam | at risk |\n");
          }
          sb.append('\n');
        }
        case 2 -> {
          sb.append("**Keep the platform fast and reliable**\n\n");
          sb.append("1. P0 VP Eng KR: Reduce p95 API latency from 420 ms to 250 ms => Done\n");
          sb.append("2. [p1] Maintain 99.95% uptime for the public API\n");
          sb.append("3. Cut MTTR for P1 incidents from 6 hours\n   to 2 hours by end of quarter\n");
          sb.append("   - Initiative: on-call runbooks for every service\n\n");
        }
        default -> {
          sb.append("Objective ").append(o).append(" - Earn the trust of paying customers\n\n");
          sb.append("* Reduce involuntary churn from 2.1% to 1.2% of MRR\n* Grow NPS from 31 to 45\n");
          sb.append("* [ ] Launch the [status page](https://example.org/status)\n\n");
          sb.append("Notes: we agreed to revisit the churn definition at the mid-quarter check-in.\n\n");
        }
      }
    }
    return sb.toString();
  }

  /** A text of {@code size} chars made to be slow for a Markdown reader. */
  static String hostile(String shape, int size) {
    StringBuilder sb = new StringBuilder(size + 100);
    int i = 0;
    while (sb.length() < size) {
      switch (shape) {
        case "brackets" -> sb.append(i % 80 == 79 ? "\n" : "[*`_<");
        case "emphasis" -> sb.append(i % 60 == 59 ? "\n" : "**a _b ");
        case "nesting" -> sb.append(" ".repeat((i % 40) * 2)).append("- > 1. item ").append(i).append('\n');
        case "table" -> sb.append(i % 20 == 0 ? "\n| a | b |\n|---|---|\n" : "| x ").append(i % 20 == 19 ? "|\n" : "");
        default -> throw new IllegalArgumentException(shape);
      }
      i++;
    }
    return sb.substring(0, size);
  }
}
