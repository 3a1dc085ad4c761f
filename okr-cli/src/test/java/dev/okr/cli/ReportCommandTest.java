package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.testkit.GeneratedDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@code okr report}: the page's structure, its numbers against {@code okr grade --format json}'s, its
 * charts' marks against their numbers, escaping and the content security policy.
 */
class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Coordinates are written to one decimal. */
  private static final double PIXEL = 0.051;

  @TempDir
  static Path dir;

  /** The bundled samples at dates before, in and after their cycle, and a generated 50-objective document. */
  static List<String[]> documents() throws IOException {
    Path generated = dir.resolve("fifty.yaml");
    Files.writeString(generated, GeneratedDocument.yaml(50), StandardCharsets.UTF_8);
    List<String[]> all = new ArrayList<>();
    for (String date : List.of("2026-08-19", "2026-10-01")) {
      all.add(new String[] {Cli.sample("q3.yaml"), date});
      all.add(new String[] {Cli.sample("q4-draft.md"), date});
      all.add(new String[] {generated.toString(), date});
    }
    all.add(new String[] {Cli.sample("q3.yaml"), "2026-07-01"});
    return all;
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("documents")
  void everyObjectiveAndKeyResultOnceWithTheGradeJsonNumbers(String file, String date) throws IOException {
    Cli.Run report = Cli.run("report", "--at", date, file);
    assertThat(report.exit()).as(report.err()).isZero();
    Cli.Run grade = Cli.run("grade", "--format", "json", "--at", date, file);
    JsonNode json = JSON.readTree(grade.out());
    Document page = Jsoup.parse(report.out());

    Elements articles = page.select("article.objective");
    JsonNode objectives = json.get("objectives");
    assertThat(articles).hasSize(objectives.size());
    for (int i = 0; i < objectives.size(); i++) {
      JsonNode o = objectives.get(i);
      String id = o.get("id").asText();
      assertThat(page.select("article.objective[data-objective=" + quoted(id) + "]")).as(id).hasSize(1);
      Element article = articles.get(i);
      assertThat(article.attr("data-objective")).isEqualTo(id);
      assertThat(article.text()).contains(o.get("title").asText());
      sameNumber(article, "score", o.get("score"));
      sameNumber(article, "expected", o.get("expected"));
      Elements krs = article.select("li.kr");
      assertThat(krs).hasSize(o.get("keyResults").size());
      for (int k = 0; k < krs.size(); k++) {
        JsonNode kr = o.get("keyResults").get(k);
        Element li = krs.get(k);
        assertThat(li.attr("data-kr")).isEqualTo(kr.get("id").asText());
        assertThat(page.select("li.kr[data-kr=" + quoted(kr.get("id").asText()) + "]")).hasSize(1);
        assertThat(li.select("p.statement").text()).contains(kr.get("statement").asText());
        for (String field : List.of("score", "attainment", "expected", "forecast", "chance")) {
          sameNumber(li, field, kr.get(field));
        }
        // the bar and the pace mark carry the same numbers as the key result
        Element bar = li.selectFirst("svg.progress rect.bar");
        assertThat(bar == null ? null : bar.attr("data-score")).isEqualTo(li.hasAttr("data-score") ? li.attr("data-score") : null);
        String words = kr.get("grade").isNull() ? kr.get("status").asText("") : kr.get("grade").asText();
        assertThat(li.text()).contains(words);
      }
    }
    portfolioNumbers(page, json.get("portfolio"));
    chartMarksMatchTheirNumbers(page);
    historiesMatchTheirCheckIns(page, file, date);
  }

  /** Each history chart's line passes through the key result's attainment at each check-in day. */
  private static void historiesMatchTheirCheckIns(Document page, String file, String date) {
    java.time.LocalDate at = java.time.LocalDate.parse(date);
    dev.okr.report.ReportDocument document = ReportCommand.document(InputDocument.read(Path.of(file)), at,
        GradeCommand.profile("okr", java.util.Map.of()), dev.okr.lint.Linter.withDefaults());
    List<dev.okr.report.ReportDocument.KeyResultEntry> keyResults = document.objectives().stream()
        .flatMap(o -> o.keyResults().stream()).toList();
    Elements items = page.select("li.kr");
    assertThat(items).hasSize(keyResults.size());
    int charts = 0;
    for (int i = 0; i < items.size(); i++) {
      Element svg = items.get(i).selectFirst("svg.history");
      List<dev.okr.report.ReportDocument.Point> history = keyResults.get(i).history();
      if (svg == null) {
        assertThat(history).as(items.get(i).attr("data-kr")).isEmpty();
        continue;
      }
      charts++;
      Element frame = page.getElementById(svg.selectFirst("use").attr("href").substring(1));
      Element target = frame.selectFirst("line.target");
      Element pace = frame.selectFirst("line.pace");
      // x: the target line spans the cycle from its start to its end; y: 0 at the pace line's start, 1 at the target line
      double x0 = num(target, "x1");
      double x1 = num(target, "x2");
      double y0 = num(pace, "y1");
      double y1 = num(target, "y1");
      assertThat(num(pace, "y2")).isCloseTo(y0 + num(pace, "data-expectation") * (y1 - y0), within(2 * PIXEL));
      String[] points = svg.selectFirst("polyline.values").attr("points").split(" ");
      assertThat(points).hasSize(history.size());
      for (int p = 0; p < points.length; p++) {
        double a = Math.max(-0.5, Math.min(1.5, history.get(p).attainment()));
        assertThat(Double.parseDouble(points[p].split(",")[0])).isCloseTo(x0 + history.get(p).elapsed() * (x1 - x0), within(PIXEL));
        assertThat(Double.parseDouble(points[p].split(",")[1])).isCloseTo(y0 + a * (y1 - y0), within(3 * PIXEL));
      }
    }
    if ((file.endsWith("q3.yaml") || file.endsWith("fifty.yaml")) && at.isAfter(java.time.LocalDate.of(2026, 8, 1))) {
      assertThat(charts).isPositive();
    }
  }

  private static String quoted(String id) {
    return "\"" + id.replace("\"", "\\\"") + "\"";
  }

  /** The attribute is there exactly when the JSON has a number, and then equals it. */
  private static void sameNumber(Element e, String name, JsonNode value) {
    String attribute = "data-" + name;
    if (value == null || value.isNull()) {
      assertThat(e.hasAttr(attribute)).as(e.attr("data-kr") + e.attr("data-objective") + " " + attribute).isFalse();
    } else {
      assertThat(e.hasAttr(attribute)).as(e.attr("data-kr") + e.attr("data-objective") + " " + attribute).isTrue();
      assertThat(Double.parseDouble(e.attr(attribute))).as(attribute).isEqualTo(value.asDouble());
      if (value.isIntegralNumber()) {
        assertThat(e.attr(attribute)).isEqualTo(value.asText());
      }
    }
  }

  private static void portfolioNumbers(Document page, JsonNode portfolio) {
    if (portfolio == null || portfolio.isNull()) {
      assertThat(page.select("svg.rates")).isEmpty();
      return;
    }
    Elements cycles = page.select("div.cycle");
    assertThat(cycles).hasSize(portfolio.get("cycles").size());
    for (int c = 0; c < cycles.size(); c++) {
      JsonNode figures = portfolio.get("cycles").get(c);
      Element cycle = cycles.get(c);
      for (String rate : List.of("committedHitRate", "aspirationalHitRate", "strategicAlignment", "roadmapTraceability")) {
        JsonNode r = figures.get(rate);
        Element bar = cycle.selectFirst("rect[data-rate=" + rate + "]");
        if (r.get("share").isNull()) {
          assertThat(bar).as(rate).isNull();
          continue;
        }
        assertThat(bar).as(rate).isNotNull();
        assertThat(Double.parseDouble(bar.attr("data-share"))).as(rate).isEqualTo(r.get("share").asDouble());
        assertThat(Long.parseLong(bar.attr("data-hits"))).isEqualTo(r.get("hits").asLong());
        assertThat(Long.parseLong(bar.attr("data-total"))).isEqualTo(r.get("total").asLong());
      }
      figures.get("distribution").fields().forEachRemaining(team -> team.getValue().fields().forEachRemaining(kind ->
          kind.getValue().get("colours").fields().forEachRemaining(zone -> {
            Elements bars = cycle.select("svg.zones rect[data-zone=" + zone.getKey() + "]").stream()
                .filter(b -> b.parent().attr("data-team").equals(team.getKey()) && b.parent().attr("data-kind").equals(kind.getKey()))
                .collect(Elements::new, Elements::add, Elements::addAll);
            assertThat(bars).as(team.getKey() + " " + kind.getKey() + " " + zone.getKey()).hasSize(1);
            assertThat(Long.parseLong(bars.get(0).attr("data-count"))).isEqualTo(zone.getValue().asLong());
          })));
    }
  }

  /** Each bar's width and mark's position follow from its number and its chart's scale. */
  static void chartMarksMatchTheirNumbers(Document page) {
    double full = num(page.getElementById("pt"), "width");
    for (Element svg : page.select("svg.progress")) {
      assertThat(svg.selectFirst("use").attr("href")).isEqualTo("#pt");
      Element bar = svg.selectFirst("rect.bar");
      if (bar != null) {
        assertThat(num(bar, "width")).isCloseTo(Math.max(0, Math.min(1, num(bar, "data-score"))) * full, within(PIXEL));
      }
      Element pace = svg.selectFirst("use.pace");
      if (pace != null) {
        assertThat(pace.attr("href")).isEqualTo("#pm");
        assertThat(num(pace, "x")).isCloseTo(Math.min(1, num(pace, "data-expected")) * full, within(PIXEL));
      }
    }
    for (Element svg : page.select("svg.rates")) {
      for (Element bar : svg.select("rect.bar")) {
        Element track = bar.previousElementSibling();
        assertThat(track.hasClass("track")).isTrue();
        assertThat(num(bar, "width")).isCloseTo(num(bar, "data-share") * num(track, "width"), within(PIXEL));
        assertThat(bar.attr("class")).contains(num(bar, "data-share") >= num(bar, "data-target") - 1e-9 ? "c-green" : "c-red");
      }
      for (Element target : svg.select("line.target")) {
        Element track = target.previousElementSibling().hasClass("bar") ? target.previousElementSibling().previousElementSibling()
            : target.previousElementSibling();
        assertThat(num(target, "x1")).isCloseTo(num(track, "x") + num(target, "data-target") * num(track, "width"), within(PIXEL));
      }
    }
    for (Element svg : page.select("svg.zones")) {
      double unit = -1;
      for (Element bar : svg.select("rect.bar")) {
        long count = Long.parseLong(bar.attr("data-count"));
        if (count > 0) {
          double perItem = num(bar, "width") / count;
          if (unit < 0) {
            unit = perItem;
          }
          assertThat(perItem).isCloseTo(unit, within(PIXEL));
        } else {
          assertThat(num(bar, "width")).isZero();
        }
      }
    }
  }

  private static double num(Element e, String attribute) {
    assertThat(e.hasAttr(attribute)).as(e.outerHtml() + " has " + attribute).isTrue();
    return Double.parseDouble(e.attr(attribute));
  }

  @Test
  void userTextIsShownNotRunAndThePageLoadsNothing() throws IOException {
    Path file = dir.resolve("hostile.yaml");
    Files.writeString(file, """
        formatVersion: 1
        cycle: 2026-Q3
        objectives:
          - id: o1
            title: <script>alert('title')</script> & "quotes"
            kind: committed
            owner: {team: "<b>Team</b>"}
            keyResults:
              - id: k1
                statement: Increase "activation" from 10% to 20% <img src=http://example.com/x.png onerror=alert(1)>
                measurement: {type: increase, unit: '%', baseline: 10, target: 20}
                checkIns:
                  - {date: 2026-07-10, value: 12}
                  - {date: 2026-08-10, value: 15}
        """, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("report", "--at", "2026-08-19", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Document page = Jsoup.parse(run.out());
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("b")).isEmpty();
    assertThat(page.select("article.objective h4").text()).contains("<script>alert('title')</script> & \"quotes\"");
    assertThat(page.select("li.kr p.statement").text()).contains("<img src=http://example.com/x.png onerror=alert(1)>");
    assertThat(page.select("svg.tree text").text()).contains("<script>alert('title')</script>");
    assertThat(page.select("article.objective p.meta").text()).contains("<b>Team</b>");
    assertNothingLoaded(page);
  }

  /** A content security policy forbids scripts and remote loads; no element has an event handler or a remote URL. */
  static void assertNothingLoaded(Document page) {
    Element policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertThat(policy).isNotNull();
    assertThat(policy.attr("content")).contains("default-src 'none'").doesNotContain("script-src");
    assertThat(page.head().children().indexOf(policy)).isLessThan(page.head().children().indexOf(page.selectFirst("style")));
    assertThat(page.select("script, iframe, object, embed, link, img, base")).isEmpty();
    for (Element e : page.getAllElements()) {
      e.attributes().forEach(a -> {
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
        if (List.of("src", "href", "xlink:href", "action", "srcset", "poster").contains(a.getKey())) {
          assertThat(a.getValue()).as(e.tagName()).doesNotContain("//");
        }
      });
    }
    // url() only of a shape in the page itself (the history charts' dot)
    assertThat(page.select("style").html().replace("url(#", "")).doesNotContain("url(").doesNotContain("@import");
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("documents")
  void everyChartHasATextAlternativeAndNoChartIsColourOnly(String file, String date) {
    Cli.Run run = Cli.run("report", "--at", date, file);
    Document page = Jsoup.parse(run.out());
    assertNothingLoaded(page);
    Elements svgs = page.select("svg:not(.defs)");
    assertThat(svgs).isNotEmpty();
    for (Element svg : svgs) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.child(0).tagName()).isEqualTo("title");
      assertThat(svg.child(0).text()).isNotBlank();
    }
    // the shapes every history chart shares are drawn once, hidden from assistive technology
    assertThat(page.select("svg.defs")).allSatisfy(d -> assertThat(d.attr("aria-hidden")).isEqualTo("true"));
    // a colour is always said in words and with a sign too
    for (Element badge : page.select(".badge.c-green, .badge.c-yellow, .badge.c-red")) {
      assertThat(badge.text()).matches("[\u2713!\u2717]");
    }
    for (Element kr : page.select("li.kr.c-green, li.kr.c-yellow, li.kr.c-red")) {
      assertThat(kr.select(".words").text()).containsAnyOf("on-track", "at-risk", "off-track", "met", "missed", "healthy",
          "unrealistic", "below-expectation", "above-expectation", "possibly-sandbagged");
    }
  }

  @Test
  void lintFindingsAreShownBesideTheirElementWithTheSuggestion() throws IOException {
    Cli.Run run = Cli.run("report", "--at", "2026-08-19", Cli.sample("q3.yaml"));
    Document page = Jsoup.parse(run.out());
    // okr lint at the same date: the report's findings are those of its date (a check-in 23 days old is stale)
    Path config = dir.resolve("as-of.okrlint.yaml");
    Files.writeString(config, "asOf: 2026-08-19\n");
    Cli.Run lint = Cli.run("lint", "--format", "json", "--config", config.toString(), Cli.sample("q3.yaml"));
    List<String> lines = lint.out().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(4);
    assertThat(page.select("li.finding")).hasSize(lines.size());
    assertThat(page.select("li.kr[data-kr=revenue-invoicing] li.finding[data-rule=kr-stale-check-ins]").text())
        .contains("23 days before 2026-08-19");
    Element gallery = page.selectFirst("li.kr:has(li.finding[data-rule=kr-task-like])");
    assertThat(gallery).isNotNull();
    assertThat(gallery.select("p.statement").text()).contains("Launch the template gallery");
    assertThat(gallery.select(".suggestion").text()).startsWith("Suggestion: Rewrite as the outcome");
  }

  @Test
  void outWritesTheSamePageAtomicallyAndRefusesToOverwriteTheInput() throws IOException {
    Path out = dir.resolve("report.html");
    Cli.Run run = Cli.run("report", "--at", "2026-08-19", "--out", out.toString(), Cli.sample("q3.yaml"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("okr report: wrote ");
    assertThat(Files.readString(out)).isEqualTo(Cli.run("report", "--at", "2026-08-19", Cli.sample("q3.yaml")).out());
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    Path input = dir.resolve("copy.yaml");
    Files.copy(Path.of(Cli.sample("q3.yaml")), input, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Cli.Run refused = Cli.run("report", "--out", input.toString(), input.toString());
    assertThat(refused.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(refused.err()).contains("would overwrite the input");
    assertThat(Files.readString(input)).isEqualTo(Files.readString(Path.of(Cli.sample("q3.yaml"))));
  }

  @Test
  void badInputIsReportedAsOtherCommandsReportIt() {
    Cli.Run missing = Cli.run("report", "no-such-file.yaml");
    assertThat(missing.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(missing.err()).startsWith("error: no-such-file.yaml");
    Cli.Run profile = Cli.run("report", "--profile", "nope", Cli.sample("q3.yaml"));
    assertThat(profile.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(profile.err()).contains("--profile: no profile named \"nope\"");
    Cli.Run date = Cli.run("report", "--at", "30/09/2026", Cli.sample("q3.yaml"));
    assertThat(date.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(date.err()).contains("expected a date as YYYY-MM-DD");
  }

  @Test
  void severalDocumentsMakeOnePageWithASectionEach() {
    Cli.Run run = Cli.run("report", "--at", "2026-08-19", Cli.sample("q3.yaml"), Cli.sample("q4-draft.md"));
    assertThat(run.exit()).as(run.err()).isZero();
    Document page = Jsoup.parse(run.out());
    assertThat(page.select("section.document")).hasSize(2);
    assertThat(page.select("section.document").eachAttr("data-document"))
        .containsExactly(Cli.sample("q3.yaml"), Cli.sample("q4-draft.md"));
  }
}
