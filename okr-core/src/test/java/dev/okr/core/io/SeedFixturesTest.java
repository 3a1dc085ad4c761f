package dev.okr.core.io;

import static dev.okr.core.MeasurementType.AT_LEAST;
import static dev.okr.core.MeasurementType.BINARY;
import static dev.okr.core.MeasurementType.DECREASE;
import static dev.okr.core.MeasurementType.INCREASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.okr.core.Alignment;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example OKR of the seed documents, written as a fixture in {@code seeds/} (issue 2): each
 * loads, validates, matches the JSON Schema and survives a round trip through YAML and JSON; each
 * measurement restates its statement's numbers; and per seed, the counts, statements and
 * measurements are pinned. A new {@code *.yaml} file in the folder is picked up without editing
 * this class. The conventions of the fixtures are in {@code seeds/README.md}.
 */
class SeedFixturesTest {
  private static final String FOLDER = "seeds";
  private static final String RELATIVE = "% of baseline";
  private static final Pattern SEED_LINE = Pattern.compile("# Seed: (\\d{3})_[0-9a-f]{16}\\.txt\\b.*");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  /**
   * Reads a fixture as a tree for the schema validator. The tests run inside module {@code
   * dev.okr.core}, which does not read jackson-databind: the tree is passed on, never inspected.
   */
  private static final YAMLMapper YAML_TREE = new YAMLMapper();

  // ---- every fixture ------------------------------------------------------------------------

  static Stream<String> fixtures() {
    try (Stream<Path> files = Files.list(folder())) {
      List<String> names = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
          .sorted()
          .toList();
      assertThat(names).as("fixtures in %s", folder()).isNotEmpty();
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void loadsAndValidates(String name) {
    OkrSet set = load(name);

    assertThat(set.objectives()).isNotEmpty();
    assertThat(set.objectives()).allSatisfy(o -> assertThat(o.cycle()).as("cycle of %s", o.id()).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void namesItsSeedOnTheFirstLineAndInItsFileName(String name) {
    String firstLine = text(name).lines().findFirst().orElse("");

    Matcher seed = SEED_LINE.matcher(firstLine);
    assertThat(seed.matches()).as("first line of %s: %s", name, firstLine).isTrue();
    assertThat(name).startsWith("seed-" + seed.group(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void roundTripsThroughYamlAndJson(String name) {
    OkrSet set = load(name);

    String yaml = OkrWriter.yaml().write(set);
    String json = OkrWriter.json().write(set);

    assertThat(OkrReader.yaml().read(yaml, name + " as YAML")).isEqualTo(set);
    assertThat(OkrReader.json().read(json, name + " as JSON")).isEqualTo(set);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void matchesTheJsonSchema(String name) throws IOException {
    Set<ValidationMessage> errors = schema().validate(YAML_TREE.readTree(text(name)));

    assertThat(errors).as("schema errors in %s", name).isEmpty();
  }

  @Test
  void schemaAndReaderRejectAFixtureWithAnUnknownKind() throws IOException {
    String original = text("seed-000.yaml");
    String changed = original.replace("    title: Improve user onboarding experience.\n",
        "    title: Improve user onboarding experience.\n    kind: stretch\n");
    assertThat(changed).isNotEqualTo(original);

    assertThat(schema().validate(YAML_TREE.readTree(changed))).isNotEmpty();
    assertThatThrownBy(() -> OkrReader.yaml().read(changed, "changed"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessageContaining("objectives[0].kind");
  }

  /**
   * Guards the transcription: a baseline and a target appear among the statement's numbers, and a
   * relative change ("by 25%") is the distance between them.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void measurementsRestateTheNumbersOfTheirStatements(String name) {
    for (KeyResult kr : load(name).keyResults()) {
      if (kr.measurement().isEmpty() || !kr.measurement().get().type().isNumeric()) {
        continue;
      }
      Measurement m = kr.measurement().get();
      List<Double> numbers = numbersIn(kr.statement());
      String what = name + " " + kr.id() + " \"" + kr.statement() + "\"";
      assertThat(m.target()).as("target of %s", what).isPresent();
      if (m.unit().orElse("").equals(RELATIVE)) {
        assertThat(m.baseline()).as("baseline of %s", what).hasValue(100);
        assertThat(numbers).as("numbers of %s", what)
            .contains(Math.abs(m.target().getAsDouble() - m.baseline().getAsDouble()));
      } else {
        assertThat(numbers).as("numbers of %s", what).contains(m.target().getAsDouble());
        m.baseline().ifPresent(b -> assertThat(numbers).as("numbers of %s", what).contains(b));
      }
    }
  }

  // ---- seed 000 -----------------------------------------------------------------------------

  @Test
  void seed000() {
    OkrSet set = load("seed-000.yaml");

    assertThat(shape(set)).containsExactly(
        "onboarding:3", "delight-new-users:0", "good-kr-examples:4", "feature-adoption:3", "customer-retention:3");
    assertThat(set.keyResults()).hasSize(13);
    assertThat(set.objectives()).allSatisfy(o -> {
      assertThat(o.cycle()).contains(Cycle.quarter(2026, 3));
      assertThat(o.kind()).isEmpty();
    });
    assertThat(set.objective("onboarding").orElseThrow().title()).isEqualTo("Improve user onboarding experience.");
    assertThat(set.keyResult("onboarding-kr2")).contains(kr("onboarding-kr2",
        "Reduce average time to complete onboarding from 10 mins to 6 mins.", fromTo(DECREASE, "min", 10, 6)));
    assertThat(set.keyResult("good-kr-examples-kr1")).contains(kr("good-kr-examples-kr1",
        "Increase NPS from 42 to 60.", fromTo(INCREASE, "NPS", 42, 60)));
    assertThat(set.keyResult("good-kr-examples-kr2")).contains(kr("good-kr-examples-kr2",
        "Reduce churn rate from 5% to 3%.", fromTo(DECREASE, "%", 5, 3)));
    assertThat(set.keyResult("feature-adoption-kr2")).contains(kr("feature-adoption-kr2",
        "CSAT score for the assistant is 4.5/5.", to(INCREASE, "out of 5", 4.5)));
    assertThat(set.keyResult("customer-retention-kr2")).contains(kr("customer-retention-kr2",
        "Reduce support ticket volume by 25%.", fromTo(DECREASE, RELATIVE, 100, 75)));
  }

  @Test
  void seed000Counterexamples() {
    OkrSet set = load("seed-000-counterexamples.yaml");

    assertThat(shape(set)).containsExactly("fix-onboarding:0", "bad-kr-examples:2");
    assertThat(set.objective("fix-onboarding").orElseThrow().title()).isEqualTo("Fix onboarding.");
    assertThat(set.keyResults()).containsExactly(
        KeyResult.of("bad-kr-examples-kr1", "Launch new dashboard."),
        KeyResult.of("bad-kr-examples-kr2", "More page views"));
  }

  // ---- seed 001 -----------------------------------------------------------------------------

  @Test
  void seed001() {
    OkrSet set = load("seed-001.yaml");

    assertThat(shape(set)).containsExactly(
        "reduce-onboarding-friction:0", "onboarding-activation:3", "engagement-retention:3", "market-adoption:3",
        "reliability:3", "delivery-velocity:3", "product-led-growth:3");
    assertThat(set.keyResults()).hasSize(18);
    assertThat(set.objective("onboarding-activation").orElseThrow().title())
        .isEqualTo("Help new users reach their first value moment faster");
    assertThat(set.keyResult("engagement-retention-kr1")).contains(kr("engagement-retention-kr1",
        "Increase weekly active users (WAU) from 10,000 to 15,000", fromTo(INCREASE, "users", 10_000, 15_000)));
    assertThat(set.keyResult("engagement-retention-kr3")).contains(kr("engagement-retention-kr3",
        "Achieve a Net Promoter Score (NPS) of 50 or above, up from 32", fromTo(INCREASE, "NPS", 32, 50)));
    assertThat(set.keyResult("delivery-velocity-kr1")).contains(kr("delivery-velocity-kr1",
        "Reduce average feature cycle time from 6 weeks to 3.5 weeks", fromTo(DECREASE, "weeks", 6, 3.5)));
    assertThat(set.keyResult("delivery-velocity-kr2")).contains(kr("delivery-velocity-kr2",
        "Achieve zero critical defects released to production for two consecutive sprints",
        Measurement.builder().type(BINARY).build()));
    assertThat(set.keyResult("reliability-kr3")).contains(kr("reliability-kr3",
        "Reduce mean time to resolution (MTTR) for P1 issues from 48 hours to 8 hours", fromTo(DECREASE, "hours", 48, 8)));
    assertThat(set.keyResult("product-led-growth-kr2").flatMap(KeyResult::measurement))
        .contains(fromTo(INCREASE, "PQLs per month", 120, 300));
    assertThat(set.keyResult("market-adoption-kr1").flatMap(KeyResult::measurement))
        .contains(to(INCREASE, "subscribers", 500));
  }

  @Test
  void seed001CounterexamplesAndTemplate() {
    OkrSet bad = load("seed-001-counterexamples.yaml");
    OkrSet template = load("seed-001-templates.yaml");

    assertThat(shape(bad)).containsExactly("launch-feature-x:0");
    assertThat(bad.objectives().get(0).title()).isEqualTo("launch feature X.");
    assertThat(shape(template)).containsExactly("key-result-template:1");
    assertThat(template.keyResults()).containsExactly(
        KeyResult.of("key-result-template-kr1", "increase X from Y to Z by date."));
  }

  // ---- seed 002 -----------------------------------------------------------------------------

  @Test
  void seed002() {
    OkrSet set = load("seed-002.yaml");

    assertThat(shape(set)).containsExactly("first-time-activation:2", "new-user-activation:1", "delight-new-users:3");
    assertThat(set.keyResults()).hasSize(6);
    assertThat(set.objective("first-time-activation").orElseThrow().title())
        .isEqualTo("Increase first-time user activation rate.");
    assertThat(set.keyResult("first-time-activation-kr1")).contains(kr("first-time-activation-kr1",
        "raise activation from 45% to 60%", fromTo(INCREASE, "%", 45, 60)));
    assertThat(set.keyResult("first-time-activation-kr2")).contains(kr("first-time-activation-kr2",
        "reduce onboarding time from 5 minutes to 3", fromTo(DECREASE, "min", 5, 3)));
    assertThat(set.keyResult("delight-new-users-kr2")).contains(kr("delight-new-users-kr2",
        "Reduce average onboarding time from 6 to 3 minutes", fromTo(DECREASE, "min", 6, 3)));
    assertThat(set.initiative("onboarding-improvements")).contains(Initiative.builder()
        .id("onboarding-improvements")
        .title("prioritize onboarding improvements")
        .owner(Owner.team("Engineering"))
        .addKeyResultIds("first-time-activation-kr1", "first-time-activation-kr2")
        .build());
    assertThat(set.initiative("activation-campaigns").orElseThrow().owner()).contains(Owner.team("Marketing"));
  }

  @Test
  void seed002Counterexamples() {
    OkrSet set = load("seed-002-counterexamples.yaml");

    assertThat(shape(set)).containsExactly("ship-onboarding-redesign:0", "bad-kr-examples:1");
    assertThat(set.objectives().get(0).title()).isEqualTo("Ship onboarding redesign.");
    assertThat(set.keyResults()).extracting(KeyResult::statement)
        .containsExactly("Complete onboarding redesign by end of quarter.");
  }

  // ---- seed 003 -----------------------------------------------------------------------------

  @Test
  void seed003() {
    OkrSet set = load("seed-003.yaml");

    assertThat(shape(set)).containsExactly(
        "easiest-analytics-setup:1", "self-serve-onboarding:3", "weekly-habits:3", "deploy-confidence:3",
        "expansion-engine:3", "trusted-assistant:3", "company-level:1", "drive-expansion-revenue:0",
        "default-mid-market-tool:0", "effortless-mid-market-onboarding:0", "outcomes-not-activities:4");
    assertThat(set.keyResults()).hasSize(21);
    assertThat(Stream.of("self-serve-onboarding", "weekly-habits", "deploy-confidence", "expansion-engine", "trusted-assistant")
            .map(id -> set.objective(id).orElseThrow().owner().orElseThrow()))
        .containsExactly(Owner.team("Product"), Owner.team("Growth"), Owner.team("Platform engineering"),
            Owner.team("Revenue"), Owner.team("AI product"));
    assertThat(set.keyResult("deploy-confidence-kr2")).contains(kr("deploy-confidence-kr2",
        "Achieve 99.95% deploy success rate (up from 97.2%).", fromTo(INCREASE, "%", 97.2, 99.95)));
    assertThat(set.keyResult("trusted-assistant-kr1")).contains(kr("trusted-assistant-kr1",
        "Reduce hallucination rate from 12% to under 3% on core workflows.", fromTo(DECREASE, "%", 12, 3)));
    assertThat(set.keyResult("trusted-assistant-kr3")).contains(kr("trusted-assistant-kr3",
        "Achieve a user-reported accuracy satisfaction score of 4.2+ out of 5.", to(AT_LEAST, "out of 5", 4.2)));
    assertThat(set.keyResult("expansion-engine-kr2")).contains(kr("expansion-engine-kr2",
        "Grow seat expansion revenue by 25% quarter-over-quarter.", fromTo(INCREASE, RELATIVE, 100, 125)));
    assertThat(set.keyResult("expansion-engine-kr3").flatMap(KeyResult::measurement)).contains(to(AT_LEAST, "%", 60));
  }

  @Test
  void seed003AlignmentCyclesAndInitiatives() {
    OkrSet set = load("seed-003.yaml");

    // Cascading: a company key result becomes a team's objective; aligning: a team objective links up (R9).
    assertThat(set.objective("drive-expansion-revenue").orElseThrow().alignment())
        .contains(Alignment.toKeyResult("company-nrr"));
    assertThat(set.childrenOf("company-level")).extracting(Objective::id).containsExactly("drive-expansion-revenue");
    assertThat(set.childrenOf("default-mid-market-tool")).extracting(Objective::id)
        .containsExactly("effortless-mid-market-onboarding");
    assertThat(set.keyResult("company-nrr")).contains(kr("company-nrr", "Increase NRR to 118%.", to(INCREASE, "%", 118)));
    assertThat(set.objective("company-level").orElseThrow().cycle()).contains(Cycle.year(2026));
    assertThat(set.objective("default-mid-market-tool").orElseThrow().cycle()).contains(Cycle.year(2026));
    assertThat(set.objective("outcomes-not-activities").orElseThrow().cycle()).contains(Cycle.quarter(2026, 2));
    assertThat(set.objective("weekly-habits").orElseThrow().cycle()).contains(Cycle.quarter(2026, 3));
    assertThat(set.objective("outcomes-not-activities").orElseThrow().initiatives())
        .extracting(i -> i.title() + " -> " + i.keyResultIds())
        .containsExactly(
            "Ship the new onboarding flow -> [outcomes-not-activities-kr1]",
            "Launch the new onboarding flow. -> [outcomes-not-activities-kr3]",
            "Rebuild the billing page. -> [outcomes-not-activities-kr4]");
  }

  @Test
  void seed003CounterexamplesAndTemplates() {
    OkrSet bad = load("seed-003-counterexamples.yaml");
    OkrSet templates = load("seed-003-templates.yaml");

    assertThat(shape(bad)).containsExactly("increase-revenue:0", "ship-new-dashboard:0", "bad-kr-examples:7");
    assertThat(bad.keyResults()).extracting(KeyResult::statement).containsExactly(
        "Improve onboarding experience", "Ship the new onboarding flow", "Launch the new onboarding flow.",
        "Track activation rate weekly.", "Ship feature X", "Launch campaign Y", "Rebuild the billing page.");
    assertThat(bad.keyResults()).allSatisfy(kr -> assertThat(kr.measurement()).isEmpty());
    assertThat(shape(templates)).containsExactly("first-week-success:3", "long-term-customers:3", "validate-demand:3");
    assertThat(templates.objective("validate-demand").orElseThrow().title())
        .isEqualTo("Validate demand for [new capability] with real users.");
    assertThat(templates.keyResults()).allSatisfy(kr -> {
      assertThat(kr.statement()).contains("[");
      assertThat(kr.measurement()).isEmpty();
    });
    assertThat(templates.keyResult("first-week-success-kr1").orElseThrow().statement())
        .isEqualTo("Increase Day-7 activation rate from [baseline]% to [target]%.");
  }

  // ---- seed 004 -----------------------------------------------------------------------------

  @Test
  void seed004() {
    OkrSet set = load("seed-004.yaml");

    assertThat(shape(set)).containsExactly(
        "seamless-onboarding:1", "enterprise-market-fit:2", "reliability-standard:2", "frictionless-checkout:0",
        "marketing-efficiency:1", "good-kr-examples:3");
    assertThat(set.keyResults()).hasSize(9);
    assertThat(set.keyResult("seamless-onboarding-kr1")).contains(kr("seamless-onboarding-kr1",
        "Increase the 7-day retention rate from 20% to 35% by the end of Q3.", fromTo(INCREASE, "%", 20, 35)));
    assertThat(set.keyResult("marketing-efficiency-kr1")).contains(kr("marketing-efficiency-kr1",
        "Lowering CAC from $50 to $35 by the end of the quarter.", fromTo(DECREASE, "USD", 50, 35)));
    assertThat(set.keyResult("reliability-standard-kr2")).contains(kr("reliability-standard-kr2",
        "Maintain 99.99% uptime during peak traffic hours.", to(AT_LEAST, "%", 99.99)));
    assertThat(set.keyResult("reliability-standard-kr1").flatMap(KeyResult::measurement))
        .contains(fromTo(DECREASE, RELATIVE, 100, 50));
    assertThat(set.keyResult("good-kr-examples-kr2")).contains(kr("good-kr-examples-kr2",
        "Reduce home page load time from 3.5 seconds to 1.8 seconds", fromTo(DECREASE, "seconds", 3.5, 1.8)));
    assertThat(set.keyResult("enterprise-market-fit-kr2").orElseThrow().statement())
        .isEqualTo("Achieve a 70% 'very disappointed' score on the product-market fit survey.");
  }

  @Test
  void seed004Counterexamples() {
    OkrSet set = load("seed-004-counterexamples.yaml");

    assertThat(shape(set)).containsExactly("improve-checkout:0", "bad-kr-examples:3");
    assertThat(set.objectives().get(0).title()).isEqualTo("Try to improve the checkout flow");
    assertThat(set.keyResults()).extracting(KeyResult::statement)
        .containsExactly("Redesign the settings page", "Improve load times", "Publish 10 blog posts");
    assertThat(set.keyResult("bad-kr-examples-kr3").flatMap(KeyResult::measurement))
        .contains(to(INCREASE, "blog posts", 10));
  }

  // ---- support ------------------------------------------------------------------------------

  private static Path folder() {
    URL url = SeedFixturesTest.class.getResource(FOLDER);
    assertThat(url).as("the classpath folder %s next to %s", FOLDER, SeedFixturesTest.class.getName()).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(url.toString(), e);
    }
  }

  private static String text(String name) {
    try {
      return Files.readString(folder().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OkrSet load(String name) {
    return OkrReader.yaml().read(text(name), name);
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in = OkrReader.class.getResourceAsStream(OkrReader.SCHEMA_RESOURCE)) {
      assertThat(in).as(OkrReader.SCHEMA_RESOURCE).isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  /** Each objective's id and number of key results, in document order. */
  private static List<String> shape(OkrSet set) {
    return set.objectives().stream().map(o -> o.id() + ":" + o.keyResults().size()).toList();
  }

  private static List<Double> numbersIn(String statement) {
    List<Double> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(statement);
    while (m.find()) {
      numbers.add(Double.parseDouble(m.group().replace(",", "")));
    }
    return numbers;
  }

  private static KeyResult kr(String id, String statement, Measurement measurement) {
    return KeyResult.builder().id(id).statement(statement).measurement(measurement).build();
  }

  private static Measurement fromTo(MeasurementType type, String unit, double baseline, double target) {
    return Measurement.builder().type(type).unit(unit).baseline(baseline).target(target).build();
  }

  private static Measurement to(MeasurementType type, String unit, double target) {
    return Measurement.builder().type(type).unit(unit).target(target).build();
  }
}
