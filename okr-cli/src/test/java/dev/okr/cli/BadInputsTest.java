package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.Cli.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus, run through the command line's entry point. Each case in a category folder
 * of {@code bad-inputs/} has a sibling {@code .expected}, written by hand before the case was first
 * run, that holds the command, its exit code and its exact output; see {@code bad-inputs/README.md}.
 * The broken documents of okr-core's reader corpus ({@code dev/okr/core/io/bad/}, each stating the
 * reader's message) are run through {@code okr lint} too and counted as their own category.
 */
class BadInputsTest {
  /** The category folders of {@code bad-inputs/}. */
  static final List<String> CATEGORIES = List.of("documents", "outlines", "batch-csv", "check-ins-csv", "lint-configs");

  /** okr-core's broken documents, seen from the module directory the tests run in. */
  static final Path CORE_DOCUMENTS = Path.of("..", "okr-core", "src", "test", "resources", "dev", "okr", "core", "io", "bad");

  private static final String EXPECT = "# expect: ";

  static Path corpus() {
    try {
      return Path.of(BadInputsTest.class.getResource("/bad-inputs").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cases of a category folder: every file but the {@code .expected}, the notes and the fixtures ({@code _name}). */
  static List<Path> cases(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(p -> {
        String n = p.getFileName().toString();
        return !n.endsWith(".expected") && !n.equals("README.md") && !n.startsWith("_");
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> corpusCases() {
    return CATEGORIES.stream().flatMap(c -> cases(corpus().resolve(c)).stream());
  }

  static Stream<Path> coreDocuments() {
    return cases(CORE_DOCUMENTS).stream();
  }

  @Test
  void theCorpusHasAtLeastAHundredCasesAcrossEveryCategory() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String category : CATEGORIES) {
      counts.put(category, cases(corpus().resolve(category)).size());
    }
    counts.put("documents (okr-core reader)", cases(CORE_DOCUMENTS).size());
    System.out.println("bad-input corpus: " + counts);

    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(8));
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(100);
  }

  @Test
  void noCaseLacksItsExpectationAndNoExpectationLacksItsCase() {
    for (String category : CATEGORIES) {
      Path folder = corpus().resolve(category);
      for (Path c : cases(folder)) {
        assertThat(c.resolveSibling(c.getFileName() + ".expected")).as("expectation of %s", c).isRegularFile();
      }
      try (Stream<Path> listing = Files.list(folder)) {
        listing.filter(p -> p.toString().endsWith(".expected")).forEach(e -> assertThat(
            e.resolveSibling(e.getFileName().toString().replaceFirst("\\.expected$", ""))).as("case of %s", e).isRegularFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusCases")
  void givesExactlyTheStatedExitCodeAndOutput(Path file, @TempDir Path tmp) throws IOException {
    Expected expected = Expected.read(file.resolveSibling(file.getFileName() + ".expected"));
    Map<String, String> inArgs = Map.of("{file}", file.toString(), "{dir}", file.getParent().toString(), "{tmp}", tmp.toString());
    Map<String, String> inText = Map.of("{file}", InputDocument.nameOf(file), "{dir}", InputDocument.nameOf(file.getParent()),
        "{tmp}", InputDocument.nameOf(tmp));

    Run run = Cli.run(expected.args().stream().map(a -> fill(a, inArgs)).toArray(String[]::new));

    assertThat(run.err()).as("standard error").isEqualTo(fill(expected.sections().getOrDefault(Expected.STDERR, ""), inText));
    assertThat(run.out()).as("standard output").isEqualTo(fill(expected.sections().getOrDefault(Expected.STDOUT, ""), inText));
    assertThat(run.exit()).as("exit code").isEqualTo(expected.exit());
    for (Map.Entry<String, String> section : expected.sections().entrySet()) {
      if (section.getKey().startsWith(Expected.FILE)) {
        Path written = Path.of(fill(section.getKey().substring(Expected.FILE.length()), inArgs));
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).as("%s", section.getKey()).isEqualTo(fill(section.getValue(), inText));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coreDocuments")
  void aBrokenDocumentOfTheReadersCorpusIsRefusedByLintWithItsMessage(Path file) throws IOException {
    Path expectation = file.resolveSibling(file.getFileName() + ".expected");
    String first = Files.exists(expectation) ? Files.readString(expectation, StandardCharsets.UTF_8).strip()
        : Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    assertThat(first).startsWith(EXPECT);
    String message = first.substring(EXPECT.length()).strip();
    String fileName = file.getFileName().toString();
    assertThat(message).startsWith(fileName);

    Run run = Cli.run("lint", file.toString());

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: " + InputDocument.nameOf(file) + message.substring(fileName.length()) + "\n");
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
  }

  private static String fill(String text, Map<String, String> values) {
    String filled = text;
    for (Map.Entry<String, String> v : values.entrySet()) {
      filled = filled.replace(v.getKey(), v.getValue());
    }
    return filled;
  }

  /**
   * A case's expectation: {@code $ okr ARGS} (double quotes group an argument with spaces), {@code
   * exit N}, then sections {@code --- stdout}, {@code --- stderr} or {@code --- file PATH}, each
   * the exact text; an absent stdout or stderr section means that stream stays empty.
   */
  record Expected(List<String> args, int exit, Map<String, String> sections) {
    static final String STDOUT = "stdout";
    static final String STDERR = "stderr";
    static final String FILE = "file ";

    static Expected read(Path file) throws IOException {
      List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
      assertThat(lines.get(0)).as("first line of %s", file.getFileName()).startsWith("$ okr ");
      assertThat(lines.get(1)).as("second line of %s", file.getFileName()).matches("exit \\d");
      Map<String, String> sections = new TreeMap<>();
      String name = null;
      StringBuilder text = new StringBuilder();
      for (String line : lines.subList(2, lines.size())) {
        if (line.startsWith("--- ")) {
          if (name != null) {
            sections.put(name, text.toString());
          }
          name = line.substring(4);
          text.setLength(0);
        } else {
          assertThat(name).as("%s: text before the first section: %s", file.getFileName(), line).isNotNull();
          text.append(line).append('\n');
        }
      }
      if (name != null) {
        // the file's own last line end is not a line of the section
        sections.put(name, text.substring(0, Math.max(0, text.length() - 1)));
      }
      return new Expected(words(lines.get(0).substring("$ okr ".length())), Integer.parseInt(lines.get(1).substring(5)), sections);
    }

    private static List<String> words(String line) {
      List<String> words = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
          any = true;
        } else if (c == ' ' && !quoted) {
          if (any) {
            words.add(word.toString());
          }
          word.setLength(0);
          any = false;
        } else {
          word.append(c);
          any = true;
        }
      }
      if (any) {
        words.add(word.toString());
      }
      return words;
    }
  }
}
