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
import org.quicktheories.generators.Generate;

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

  /**
   * Origins are auxiliary, so equality cannot tell that they survived: element by element, in
   * document order, each comes back as the origin written, or as the source position written in
   * its stead, in the file the writer was told.
   */
  @Test
  void originsSurviveTheRoundTripInJsonAndYaml() {
    qt().forAll(OkrGen.okrSets(), OkrGen.texts(), Generate.booleans()).checkAssert((set, file, json) -> {
      OkrWriter writer = (json ? OkrWriter.json() : OkrWriter.yaml()).withSourcePositions(file);
      OkrSet again = (json ? OkrReader.json() : OkrReader.yaml()).read(writer.write(set), "converted");

      assertThat(again).isEqualTo(set);
      for (int o = 0; o < set.objectives().size(); o++) {
        Objective written = set.objectives().get(o);
        Objective read = again.objectives().get(o);
        assertThat(read.origin()).isEqualTo(expectedOrigin(written.origin(), written.source(), file));
        assertThat(read.source()).isPresent();
        for (int k = 0; k < written.keyResults().size(); k++) {
          KeyResult kr = written.keyResults().get(k);
          assertThat(read.keyResults().get(k).origin()).isEqualTo(expectedOrigin(kr.origin(), kr.source(), file));
          assertThat(read.keyResults().get(k).source()).isPresent();
        }
        for (int i = 0; i < written.initiatives().size(); i++) {
          Initiative initiative = written.initiatives().get(i);
          assertThat(read.initiatives().get(i).origin())
              .isEqualTo(expectedOrigin(initiative.origin(), initiative.source(), file));
        }
      }
    });
  }

  /** Without positions written, nothing comes back as an origin. */
  @Test
  void originsAreWrittenOnlyWhenAsked() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      OkrSet again = OkrReader.yaml().read(OkrWriter.yaml().write(set), "plain.yaml");
      assertThat(again.objectives()).allSatisfy(o -> {
        assertThat(o.origin()).isEmpty();
        assertThat(o.keyResults()).allSatisfy(kr -> assertThat(kr.origin()).isEmpty());
      });
    });
  }

  private static Optional<SourcePosition> expectedOrigin(
      Optional<SourcePosition> origin, Optional<SourcePosition> source, String file) {
    return origin.isPresent() ? origin : source.map(p -> p.file().isPresent() ? p : p.inFile(file));
  }

  @Test
  void everyWrittenDocumentMatchesTheSchema() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      try {
        assertThat(SCHEMA.validate(JSON_TREE.readTree(OkrWriter.json().write(set)))).isEmpty();
        assertThat(SCHEMA.validate(JSON_TREE.readTree(OkrWriter.json().withSourcePositions("q3.md").write(set))))
            .isEmpty();
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
