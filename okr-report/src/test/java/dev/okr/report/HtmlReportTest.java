package dev.okr.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.core.Alignment;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.report.ReportDocument.KeyResultEntry;
import dev.okr.report.ReportDocument.ObjectiveEntry;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Rounding;
import dev.okr.scoring.TrackStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page from {@link ReportDocument}s built by hand: escaping, the alignment tree, bars and their numbers. */
class HtmlReportTest {
  private static final Rounding TWO = Rounding.of(2, Rounding.Mode.HALF_UP);

  private static KeyResultEntry keyResult(String id, String statement, double score, double expected) {
    return new KeyResultEntry(KeyResult.of(id, statement), Optional.empty(), OptionalDouble.of(score), OptionalDouble.of(score),
        Optional.empty(), Optional.of(TrackStatus.ON_TRACK), Optional.of(Colour.GREEN), OptionalDouble.of(expected),
        Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(1), Optional.empty(), List.of());
  }

  private static ObjectiveEntry objective(String id, String title, Optional<Alignment> alignment, KeyResultEntry... krs) {
    Objective.Builder b = Objective.builder().id(id).title(title);
    alignment.ifPresent(b::alignment);
    for (KeyResultEntry k : krs) {
      b.addKeyResult(k.keyResult());
    }
    return new ObjectiveEntry(b.build(), Optional.empty(), OptionalDouble.of(0.5), Optional.empty(), Optional.of(TrackStatus.AT_RISK),
        Optional.of(Colour.YELLOW), OptionalDouble.empty(), Optional.empty(), List.of(krs));
  }

  private static Document render(ObjectiveEntry... objectives) {
    ReportDocument d = new ReportDocument("doc.yaml", LocalDate.of(2026, 8, 19), "okr", List.of(objectives), Optional.empty(),
        Optional.of("not computed: for this test"), List.of());
    return Jsoup.parse(HtmlReport.render(List.of(d), TWO));
  }

  @Test
  void markupInUserTextIsShownAsText() {
    Document page = render(objective("o1", "</title><script>alert(1)</script>", Optional.empty(),
        keyResult("k1", "Grow <b>revenue</b> from 1 to 2 & \"more\"", 0.25, 0.5)));
    assertThat(page.select("script, b")).isEmpty();
    assertThat(page.selectFirst("article h4").text()).contains("</title><script>alert(1)</script>");
    assertThat(page.selectFirst("p.statement").text()).contains("Grow <b>revenue</b> from 1 to 2 & \"more\"");
    assertThat(page.selectFirst("svg.tree title").text()).contains("o1");
    assertThat(page.selectFirst("svg.tree text.box-text").text()).contains("</title><script>alert(1)</script>");
    assertThat(page.selectFirst("p.note").text()).isEqualTo("Portfolio figures not computed: for this test");
  }

  @Test
  void aBarIsItsScoreTimesTheTrackAndItsMarkIsThePace() {
    Document page = render(objective("o1", "Objective", Optional.empty(), keyResult("k1", "Grow from 1 to 2", 0.37, 0.62)));
    Element kr = page.selectFirst("li.kr");
    assertThat(kr.attr("data-score")).isEqualTo("0.37");
    Element bar = kr.selectFirst("svg.progress rect.bar");
    assertThat(Double.parseDouble(bar.attr("width"))).isCloseTo(0.37 * ProgressBar.WIDTH, within(0.05));
    assertThat(Double.parseDouble(kr.selectFirst("svg.progress use.pace").attr("x"))).isCloseTo(0.62 * ProgressBar.WIDTH, within(0.05));
    assertThat(kr.selectFirst("svg.progress title").text()).isEqualTo("Key result: score 0.37, expected 0.62");
    assertThat(kr.select(".words").text()).isEqualTo("score 0.37 \u00b7 on-track \u00b7 expected by now 0.62");
  }

  @Test
  void theTreeHangsEachObjectiveUnderItsParentAndCutsLoops() {
    Document page = render(
        objective("company", "Company", Optional.empty(), keyResult("c1", "Grow from 1 to 2", 0.5, 0.5)),
        objective("team", "Team", Optional.of(Alignment.toObjective("company"))),
        objective("cascaded", "Cascaded", Optional.of(Alignment.toKeyResult("c1"))),
        objective("orphan", "Orphan", Optional.of(Alignment.toObjective("elsewhere"))),
        objective("a", "A", Optional.of(Alignment.toObjective("b"))),
        objective("b", "B", Optional.of(Alignment.toObjective("a"))));
    List<AlignmentTree.Node> nodes = AlignmentTree.layout(List.of(
        objective("company", "Company", Optional.empty(), keyResult("c1", "Grow from 1 to 2", 0.5, 0.5)),
        objective("team", "Team", Optional.of(Alignment.toObjective("company"))),
        objective("cascaded", "Cascaded", Optional.of(Alignment.toKeyResult("c1"))),
        objective("orphan", "Orphan", Optional.of(Alignment.toObjective("elsewhere"))),
        objective("a", "A", Optional.of(Alignment.toObjective("b"))),
        objective("b", "B", Optional.of(Alignment.toObjective("a")))));
    assertThat(nodes).extracting(n -> n.entry().objective().id()).containsExactly("company", "team", "cascaded", "orphan", "a", "b");
    assertThat(nodes).extracting(AlignmentTree.Node::depth).containsExactly(0, 1, 1, 0, 0, 0);
    assertThat(nodes.get(2).via()).contains("c1");
    assertThat(nodes.get(3).missing()).contains("elsewhere");
    Element tree = page.selectFirst("svg.tree");
    assertThat(tree.select("rect.box")).hasSize(6);
    assertThat(tree.select("polyline.link")).hasSize(2);
    assertThat(tree.select("polyline.link.cascade")).hasSize(1);
    assertThat(tree.selectFirst("title").text()).contains("cascaded cascades from key result c1 of company")
        .contains("orphan (its parent elsewhere is not in this document)");
    // a box sits one indent right of its parent
    assertThat(Double.parseDouble(tree.select("rect.box").get(1).attr("x")) - Double.parseDouble(tree.select("rect.box").get(0).attr("x")))
        .isCloseTo(AlignmentTree.INDENT, within(0.05));
  }
}
