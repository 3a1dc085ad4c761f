package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
 * Each file in {@code bad/} is a broken document whose first line, {@code # expect: MESSAGE},
 * states the exact error reading it must give.
 */
class BadDocumentsTest {
  private static final String EXPECT = "# expect: ";

  static Stream<Path> badDocuments() throws IOException, URISyntaxException {
    Path folder = Path.of(BadDocumentsTest.class.getResource("bad").toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void failsWithTheStatedError(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String first = file.toString().endsWith(".json") ? Files.readString(file.resolveSibling(file.getFileName() + ".expected")).strip() : lines.get(0);
    assertThat(first).as("first line of %s", file.getFileName()).startsWith(EXPECT.strip());
    String expected = first.substring(EXPECT.length()).strip();

    OkrFormatException error = catchThrowableOfType(OkrFormatException.class, () -> OkrReader.readFile(file));

    assertThat(error).as("reading %s", file.getFileName()).isNotNull();
    if (System.getProperty("okr.print.errors") != null) {
      System.out.println(file.getFileName() + " => " + error.getMessage());
    }
    assertThat(error.getMessage()).isEqualTo(expected);
    assertThat(error.source()).isEqualTo(file.getFileName().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void failsTheSameFromText(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    OkrReader reader = OkrReader.of(DocumentFormat.forFileName(file.toString()));
    assertThatThrownBy(() -> reader.read(text, file.getFileName().toString()))
        .isInstanceOf(OkrFormatException.class)
        .hasMessageStartingWith(file.getFileName().toString());
  }
}
