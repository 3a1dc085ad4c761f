package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.OkrSet;
import dev.okr.core.io.OkrReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser agrees with the seed fixtures of {@code dev/okr/core/io/seeds}, whose measurements
 * were written by hand from each statement: a second, independent reading of every seed key result.
 *
 * <p>Type, baseline, target and stretch must be equal. Units are named differently in two ways,
 * both accepted: the fixtures write minutes as {@code min}; and they name what a count counts as
 * its unit ({@code users}, {@code blog posts}, {@code % of teams}, {@code PQLs per month}), which
 * the parser keeps in the metric phrase instead. A key result the fixtures leave without a
 * measurement is one without a number; the parser reads it as binary only when it is a task.
 */
class SeedFixturesAgreementTest {

  record Pair(String file, KeyResult keyResult) {
    @Override
    public String toString() {
      return file + ": " + keyResult.statement();
    }
  }

  static Stream<Pair> keyResults() throws IOException, URISyntaxException {
    Path folder = Path.of(Objects.requireNonNull(SeedFixturesAgreementTest.class.getResource("/dev/okr/core/io/seeds"))
        .toURI());
    List<Pair> pairs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        OkrSet set = OkrReader.yaml().read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        set.keyResults().forEach(kr -> pairs.add(new Pair(file.getFileName().toString(), kr)));
      }
    }
    return pairs.stream();
  }

  @Test
  void theFixturesAreThere() throws Exception {
    assertThat(keyResults().count()).isGreaterThan(60);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyResults")
  void theParserReadsWhatTheFixtureStates(Pair pair) {
    KeyResultStatement s = KeyResultStatement.parse(pair.keyResult().statement());
    Measurement fixture = pair.keyResult().measurement().orElse(null);
    Measurement read = s.measurement().orElse(null);
    if (fixture == null) {
      if (read != null) {
        assertThat(s.kind()).as("kind of a statement read as binary").isEqualTo(StatementKind.TASK);
        assertThat(read.type()).isEqualTo(MeasurementType.BINARY);
      }
      assertThat(s.missing()).contains(Missing.NUMBER);
      return;
    }
    assertThat(read).as("measurement").isNotNull();
    assertThat(read.type()).as("type").isEqualTo(fixture.type());
    assertThat(read.baseline()).as("baseline").isEqualTo(fixture.baseline());
    assertThat(read.target()).as("target").isEqualTo(fixture.target());
    assertThat(read.stretch()).as("stretch").isEqualTo(fixture.stretch());
    assertThat(sameUnit(read.unit().orElse(null), fixture.unit().orElse(null)))
        .as("unit %s read as %s", fixture.unit(), read.unit()).isTrue();
  }

  private static boolean sameUnit(@Nullable String read, @Nullable String fixture) {
    if (Objects.equals(read, fixture) || "minutes".equals(read) && "min".equals(fixture)) {
      return true;
    }
    if (read == null) {
      return fixture != null && !fixture.startsWith("%") && !fixture.equals("min");
    }
    return fixture != null && (fixture.startsWith(read + " of ") || fixture.endsWith(" " + read));
  }
}
