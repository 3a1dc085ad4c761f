package dev.okr.testkit;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
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
  void sourcePositionsSurviveWhenWritten() {
    qt().forAll(OkrGen.okrSets(), OkrGen.sourcePositions()).checkAssert((set, position) -> {
      OkrSet positioned = withPositions(set, position);
      OkrSet again = OkrReader.yaml().read(OkrWriter.yaml().withSourcePositions().write(positioned), "converted.yaml");

      assertThat(again).isEqualTo(positioned);
      for (KeyResult kr : again.keyResults()) {
        assertThat(kr.source()).contains(position);
      }
      for (Objective objective : again.objectives()) {
        assertThat(objective.source()).contains(position);
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

  private static OkrSet withPositions(OkrSet set, SourcePosition position) {
    List<Objective> objectives = set.objectives().stream()
        .map(o -> o.withSource(position)
            .withKeyResults(o.keyResults().stream().map(kr -> kr.withSource(position)).toList())
            .withInitiatives(o.initiatives().stream().map(i -> i.withSource(position)).toList()))
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
