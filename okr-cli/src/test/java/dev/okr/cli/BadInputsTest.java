package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.Cli.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each input in {@code bad-inputs/} is refused by {@code okr lint} with exit code 2 and exactly the
 * standard error its {@code .expected} sibling holds ({@code {file}} standing for its path).
 */
class BadInputsTest {

  static Stream<Path> badInputs() throws IOException, URISyntaxException {
    Path folder = Path.of(BadInputsTest.class.getResource("/bad-inputs").toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> !p.toString().endsWith(".expected") && !p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void isRefusedWithTheStatedError(Path file) throws IOException {
    String name = InputDocument.nameOf(file);
    String expected = Files.readString(file.resolveSibling(file.getFileName() + ".expected"), StandardCharsets.UTF_8)
        .replace("{file}", name);

    Run run = Cli.run("lint", file.toString());

    assertThat(run.exit()).as("exit code").isEqualTo(ExitCodes.INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(expected);
  }
}
