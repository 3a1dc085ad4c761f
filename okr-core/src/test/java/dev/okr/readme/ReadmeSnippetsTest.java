package dev.okr.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Java examples compiled: every region of a source in any module (tests, and the
 * examples' main code) marked
 * {@code // README:name:start} … {@code // README:name:end} must close a Java block of the README,
 * word for word (less the test's indentation; the block may start with imports). The tests holding the regions run them.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void everyMarkedSnippetIsInTheReadme() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Map<String, String> snippets = snippets();

    assertThat(snippets).containsKey("quickstart");
    snippets.forEach((name, code) -> {
      int at = readme.indexOf(code + "\n```");
      assertThat(at).as("README shows snippet %s, ending its block", name).isNotNegative();
      assertThat(readme.substring(readme.lastIndexOf("```", at))).as("snippet %s is in a Java block", name).startsWith("```java\n");
    });
  }

  /** Every marked region in the test and main sources of every module, by name. */
  static Map<String, String> snippets() throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
        for (String sources : List.of("src/test/java", "src/main/java")) {
          if (!Files.isDirectory(module.resolve(sources))) {
            continue;
          }
          try (Stream<Path> files = Files.walk(module.resolve(sources))) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(file -> collect(file, snippets));
          }
        }
      }
    }
    return snippets;
  }

  private static void collect(Path file, Map<String, String> snippets) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = null;
    int indent = 0;
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      String stripped = line.strip();
      if (stripped.startsWith("// README:") && stripped.endsWith(":start")) {
        name = stripped.substring("// README:".length(), stripped.length() - ":start".length());
        indent = line.indexOf("//");
        body.clear();
      } else if (name != null && stripped.equals("// README:" + name + ":end")) {
        int cut = indent;
        snippets.put(name, body.stream()
            .map(l -> l.length() >= cut ? l.substring(cut) : l.strip())
            .collect(Collectors.joining("\n")));
        name = null;
      } else if (name != null) {
        body.add(line);
      }
    }
  }
}
