package dev.okr.testkit;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import dev.okr.core.io.OkrFormatException;
import dev.okr.core.io.OkrReader;
import dev.okr.core.io.OkrWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The interchange form loses nothing: what the writer writes, the reader reads back equal. */
class InterchangePropertiesTest {
  private static final ObjectMapper JSON_TREE = new ObjectMapper();
  private static final JsonSchema SCHEMA = schema();

  @Test
  void jsonRoundTripsToAnEqualSet() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set ->
        assertThat(OkrReader.json().read(OkrWriter.json().write(set), "generated.json")).isEqualTo(set));
  }

  @Test
  void yamlRoundTripsToAnEqualSet() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set ->
        assertThat(OkrReader.yaml().read(OkrWriter.yaml().write(set), "generated.yaml")).isEqualTo(set));
  }

  @Test
  void writingWhatWasReadGivesTheSameText() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      String yaml = OkrWriter.yaml().write(set);
      assertThat(OkrWriter.yaml().write(OkrReader.yaml().read(yaml, "generated.yaml"))).isEqualTo(yaml);
    });
  }

  @Test
  void sourcePositionsSurviveWhenWrittenAndComeBackAsOrigins() {
    qt().forAll(OkrGen.okrSets(), OkrGen.sourcePositions()).checkAssert((set, position) -> {
      OkrSet positioned = withPositions(set, position);
      String yaml = OkrWriter.yaml().withSourcePositions("q3.md").write(positioned);
      OkrSet again = OkrReader.yaml().read(yaml, "converted.yaml");
      SourcePosition expected = position.file().isPresent() ? position : position.inFile("q3.md");
      List<String> lines = yaml.lines().toList();

      assertThat(again).isEqualTo(positioned);
      for (KeyResult kr : again.keyResults()) {
        assertThat(kr.origin()).contains(expected);
        assertThat(kr.source()).as("where it stands in the converted text")
            .hasValueSatisfying(p -> assertThat(lines.get(p.line() - 1)).contains("id: "));
      }
      for (Objective objective : again.objectives()) {
        assertThat(objective.origin()).contains(expected);
        assertThat(objective.source()).hasValueSatisfying(p -> assertThat(lines.get(p.line() - 1)).contains("id: "));
        for (Initiative initiative : objective.initiatives()) {
          assertThat(initiative.origin()).contains(expected);
        }
      }
    });
  }

  @Test
  void everyWrittenDocumentMatchesTheSchema() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      try {
        assertThat(SCHEMA.validate(JSON_TREE.readTree(OkrWriter.json().write(set)))).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aWrongTypeAnywhereIsReportedAtItsPath() {
    Gen<String> numericFields = OkrGen.okrSets().map(set -> OkrWriter.json().write(set))
        .assuming(json -> json.contains("\"weight\" : "));
    qt().forAll(numericFields).checkAssert(json -> {
      String broken = json.replaceFirst("\"weight\" : [^,\\n]+", "\"weight\" : \"heavy\"");
      assertThatThrownBy(() -> OkrReader.json().read(broken, "broken.json"))
          .isInstanceOfSatisfying(OkrFormatException.class, e -> {
            assertThat(e.path()).matches("objectives\\[\\d+]\\.(keyResults\\[\\d+]\\.weight|keyResults\\[\\d+]\\.measurement\\.milestones\\[\\d+]\\.weight)");
            assertThat(e.problem()).isEqualTo("expected a number, got \"heavy\"");
            assertThat(e.line()).isPositive();
          });
    });
  }

  /** Every element read at the position, from no other document. */
  private static OkrSet withPositions(OkrSet set, SourcePosition position) {
    List<Objective> objectives = set.objectives().stream()
        .map(o -> o.withSource(position).withOrigin(Optional.empty())
            .withKeyResults(o.keyResults().stream().map(kr -> kr.withSource(position).withOrigin(Optional.empty())).toList())
            .withInitiatives(o.initiatives().stream().map(i -> i.withSource(position).withOrigin(Optional.empty())).toList()))
        .toList();
    return OkrSet.of(objectives);
  }

  private static JsonSchema schema() {
    try (InputStream in = OkrReader.class.getResourceAsStream(OkrReader.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
