package dev.okr.report;

import dev.okr.core.Cycle;
import dev.okr.core.ObjectiveKind;
import dev.okr.lint.Finding;
import dev.okr.report.ReportDocument.KeyResultEntry;
import dev.okr.report.ReportDocument.ObjectiveEntry;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Phase;
import dev.okr.scoring.Portfolio;
import dev.okr.scoring.TrackStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the page: head with its policy and stylesheet, then one section per document. */
final class Page {
  /** Scripts, frames, fonts, remote images and styles sheets are all refused; inline styles and data images only. */
  static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  private static final Pattern ELEMENT = Pattern.compile("^objectives\\[(\\d+)\\](?:\\.keyResults\\[(\\d+)\\])?");

  private final StringBuilder out;
  private final HistoryChart.Frames frames = new HistoryChart.Frames();

  Page(StringBuilder out) {
    this.out = out;
  }

  void write(List<ReportDocument> documents, DoubleUnaryOperator shareShown) {
    String names = String.join(", ", documents.stream().map(ReportDocument::name).toList());
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>OKR report: ").append(Html.text(names)).append("</title>\n<style>\n")
        .append(Stylesheet.CSS).append("</style>\n</head>\n<body>\n");
    out.append("<header class=\"page\"><h1>OKR report</h1><p>").append(Html.text(names)).append("</p>");
    out.append("<p class=\"legend\">Legend: <span class=\"chip c-green\">\u2713 on track / met</span> "
        + "<span class=\"chip c-yellow\">! at risk / short</span> <span class=\"chip c-red\">\u2717 off track / missed</span> "
        + "<span class=\"legend-pace\">| expected pace</span></p></header>\n");
    out.append("<main>\n");
    for (int i = 0; i < documents.size(); i++) {
      document(documents.get(i), i, shareShown);
    }
    out.append("</main>\n<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>");
    ProgressBar.defs(out);
    frames.write(out);
    out.append("</defs></svg>\n");
    out.append("</body>\n</html>\n");
  }

  private void document(ReportDocument d, int index, DoubleUnaryOperator shareShown) {
    out.append("<section class=\"document\" id=\"d").append(index).append("\" data-document=\"").append(Html.text(d.name()))
        .append("\">\n<h2>").append(Html.text(d.name())).append("</h2>\n<p class=\"meta\">Graded at ").append(d.date())
        .append(" with profile ").append(Html.text(d.profile())).append(" \u00b7 ").append(d.objectives().size())
        .append(" objective").append(d.objectives().size() == 1 ? "" : "s").append(", ")
        .append(d.objectives().stream().mapToInt(o -> o.keyResults().size()).sum()).append(" key results \u00b7 ")
        .append(d.findings().stream().filter(Finding::isActive).count()).append(" lint findings</p>\n");

    Placed placed = place(d);
    portfolio(d, shareShown);
    out.append("<section class=\"alignment\"><h3>Alignment</h3>\n<div class=\"scroll\">");
    AlignmentTree.draw(out, d.objectives());
    out.append("</div></section>\n");
    out.append("<section class=\"objectives\"><h3>Objectives</h3>\n");
    for (int o = 0; o < d.objectives().size(); o++) {
      objective(d, index, o, placed);
    }
    out.append("</section>\n");
    if (!placed.document.isEmpty()) {
      out.append("<section class=\"document-findings\"><h3>Other lint findings</h3>\n");
      findings(placed.document);
      out.append("</section>\n");
    }
    out.append("</section>\n");
  }

  private void portfolio(ReportDocument d, DoubleUnaryOperator shareShown) {
    out.append("<section class=\"portfolio\"><h3>Portfolio</h3>\n");
    if (d.portfolio().isEmpty()) {
      out.append("<p class=\"note\">Portfolio figures ").append(Html.text(d.portfolioNote().orElse("not computed")))
          .append("</p></section>\n");
      return;
    }
    Portfolio.Report p = d.portfolio().get();
    for (Portfolio.CycleFigures c : p.cycles()) {
      String cycle = c.cycle().map(Cycle::toString).orElse("objectives without a cycle");
      boolean inProgress = c.cycle().map(x -> Phase.of(x, d.date()) == Phase.IN_PROGRESS).orElse(false);
      out.append("<div class=\"cycle\" data-cycle=\"").append(Html.text(c.cycle().map(Cycle::toString).orElse("")))
          .append("\"><h4>").append(Html.text(cycle)).append(inProgress ? " (in progress: scores so far)" : "").append("</h4>\n");
      out.append("<div class=\"charts\"><figure>");
      RateChart.draw(out, cycle, RateChart.rows(c), shareShown);
      out.append("<figcaption>Process health against its targets (the vertical marks)");
      if (c.taskLikeShare().isPresent()) {
        out.append("; task-like key results: <span").append(Html.data("task-like-share", shareShown.applyAsDouble(c.taskLikeShare().getAsDouble())))
            .append('>').append(Html.percent(c.taskLikeShare().getAsDouble())).append("</span>");
      }
      out.append("</figcaption></figure>\n<figure>");
      ZoneChart.draw(out, cycle, c.distribution());
      out.append("<figcaption>Key results by zone, per team and kind</figcaption></figure></div></div>\n");
    }
    if (p.sandbagging().isEmpty()) {
      out.append("<p class=\"note\">Sandbagging (aspirational mean 0.95+ in 3 cycles in a row): no team flagged.</p>\n");
    } else {
      out.append("<ul class=\"flags\">");
      for (Portfolio.Sandbagging s : p.sandbagging()) {
        out.append("<li>\u26a0 Possible sandbagging: ").append(Html.text(s.team())).append(" scored ")
            .append(String.join(", ", s.scores().stream().map(Html::shown).toList())).append(" on aspirational objectives in ")
            .append(Html.text(String.join(", ", s.cycles().stream().map(Cycle::toString).toList()))).append("</li>");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void objective(ReportDocument d, int doc, int index, Placed placed) {
    ObjectiveEntry e = d.objectives().get(index);
    var o = e.objective();
    out.append("<article class=\"objective ").append(colourClass(e.colour())).append("\" id=\"d").append(doc).append("-o")
        .append(index).append("\" data-objective=\"").append(Html.text(o.id())).append('"')
        .append(Html.data("score", e.score())).append(Html.data("expected", e.expected())).append(">\n<div class=\"body\">")
        .append("<h4>").append(badge(e.colour(), e.grade(), e.status())).append("<span class=\"id\">")
        .append(Html.text(o.id())).append("</span> ").append(Html.text(o.title())).append("</h4>\n<p class=\"meta\">")
        .append(Html.text(o.kind().map(ObjectiveKind::id).orElse("unlabelled")))
        .append(o.owner().map(w -> " \u00b7 " + Html.text(w.toString())).orElse(""))
        .append(o.cycle().map(c -> " \u00b7 " + Html.text(c.toString())).orElse(""))
        .append(e.phase().map(p -> p == Phase.ENDED ? " \u00b7 ended" : " \u00b7 in progress").orElse(""))
        .append(o.source().map(s -> " \u00b7 line " + s.line()).orElse("")).append("</p>\n<div class=\"score\">");
    ProgressBar.draw(out, "Objective", e.score(), e.expected(), e.colour());
    out.append("<span class=\"words\">").append(Html.text(summary(e.score(), e.grade(), e.status(), e.note().isPresent())))
        .append(e.expected().isPresent() ? " \u00b7 expected by now " + Html.shown(e.expected().getAsDouble()) : "")
        .append("</span></div>\n");
    e.note().ifPresent(n -> out.append("<p class=\"note\">").append(Html.text(n)).append("</p>\n"));
    out.append("<ol class=\"krs\">\n");
    Optional<Double> today = o.cycle().map(c -> c.elapsedFraction(d.date()));
    for (int k = 0; k < e.keyResults().size(); k++) {
      keyResult(e.keyResults().get(k), doc, index, k, today.orElse(0.0), placed.keyResults.getOrDefault(index + "." + k, List.of()));
    }
    out.append("</ol></div>\n");
    List<Finding> own = placed.objectives.getOrDefault(index, List.of());
    if (!own.isEmpty()) {
      out.append("<aside class=\"findings\"><h5>Lint findings on this objective</h5>");
      findings(own);
      out.append("</aside>\n");
    }
    out.append("</article>\n");
  }

  private void keyResult(KeyResultEntry k, int doc, int objective, int index, double today, List<Finding> own) {
    var kr = k.keyResult();
    out.append("<li class=\"kr ").append(colourClass(k.colour())).append("\" data-kr=\"").append(Html.text(kr.id())).append('"')
        .append(Html.data("score", k.score())).append(Html.data("attainment", k.attainment()))
        .append(Html.data("expected", k.expected())).append(Html.data("forecast", k.forecastScore()))
        .append(Html.data("chance", k.chance())).append("><div class=\"body\"><p class=\"statement\">")
        .append(badge(k.colour(), k.grade(), k.status())).append("<span class=\"id\">").append(Html.text(kr.id()))
        .append("</span> ").append(Html.text(kr.statement())).append("</p><div class=\"score\">");
    ProgressBar.draw(out, "Key result", k.score(), k.expected(), k.colour());
    out.append("<span class=\"words\">").append(Html.text(summary(k.score(), k.grade(), k.status(), k.note().isPresent())));
    k.expected().ifPresent(x -> out.append(" \u00b7 expected by now ").append(Html.shown(x)));
    k.forecastScore().ifPresent(f -> out.append(" \u00b7 forecast ").append(Html.shown(f)));
    k.chance().ifPresent(c -> out.append(" (chance ").append(Html.percent(c)).append(')'));
    out.append("</span></div>\n");
    k.note().ifPresent(n -> out.append("<p class=\"note\">").append(Html.text(n)).append("</p>\n"));
    if (!k.history().isEmpty() && k.expectation().isPresent()) {
      HistoryChart.draw(out, frames, "History of " + kr.id(), k.history(), k.expectation().getAsDouble(), k.forecast(), today);
    }
    out.append("</div>");
    if (!own.isEmpty()) {
      out.append("<aside class=\"findings\"><h5>Lint findings</h5>");
      findings(own);
      out.append("</aside>");
    }
    out.append("</li>\n");
  }

  private void findings(List<Finding> findings) {
    out.append("<ul>");
    for (Finding f : findings) {
      String severity = f.severity().name().toLowerCase(java.util.Locale.ROOT);
      out.append("<li class=\"finding ").append(severity).append(f.isActive() ? "" : " inactive").append("\" data-rule=\"")
          .append(Html.text(f.ruleId())).append("\"><span class=\"sev\">")
          .append(severity.equals("error") ? "\u2717 " : severity.equals("warning") ? "! " : "i ").append(severity)
          .append("</span> <code>").append(Html.text(f.ruleId())).append("</code> ").append(Html.text(f.message()));
      f.position().ifPresent(p -> out.append(" <span class=\"where\">(line ").append(p.line()).append(")</span>"));
      if (!f.isActive()) {
        out.append(" <em>").append(f.status().name().toLowerCase(java.util.Locale.ROOT))
            .append(f.justification().map(j -> ": " + Html.text(j)).orElse("")).append("</em>");
      }
      f.suggestion().ifPresent(s -> out.append("<br><span class=\"suggestion\">Suggestion: ").append(Html.text(s)).append("</span>"));
      out.append("</li>");
    }
    out.append("</ul>");
  }

  /** Findings by the element they concern: key results by "objective.keyResult" index, objectives by index, the rest. */
  private record Placed(Map<String, List<Finding>> keyResults, Map<Integer, List<Finding>> objectives, List<Finding> document) {}

  private static Placed place(ReportDocument d) {
    Map<String, List<Finding>> keyResults = new HashMap<>();
    Map<Integer, List<Finding>> objectives = new HashMap<>();
    List<Finding> rest = new ArrayList<>();
    for (Finding f : d.findings()) {
      Matcher m = ELEMENT.matcher(f.path());
      if (!m.find()) {
        rest.add(f);
        continue;
      }
      int o = Integer.parseInt(m.group(1));
      if (o >= d.objectives().size()) {
        rest.add(f);
      } else if (m.group(2) != null && Integer.parseInt(m.group(2)) < d.objectives().get(o).keyResults().size()
          && m.end() == f.path().length()) {
        keyResults.computeIfAbsent(o + "." + m.group(2), x -> new ArrayList<>()).add(f);
      } else {
        objectives.computeIfAbsent(o, x -> new ArrayList<>()).add(f);
      }
    }
    return new Placed(keyResults, objectives, rest);
  }

  // ---- words and signs shared by the charts

  /** The CSS class of a colour: {@code c-green}, or {@code c-none} when there is none. */
  static String colourClass(Optional<Colour> colour) {
    return colour.map(c -> "c-" + c.id()).orElse("c-none");
  }

  /** A sign that carries the colour's meaning without the colour: ✓ green, ! yellow, ✗ red, – none. */
  static String icon(Optional<Colour> colour, boolean judged) {
    if (!judged || colour.isEmpty()) {
      return "\u2013";
    }
    return switch (colour.get()) {
      case GREEN -> "\u2713";
      case YELLOW -> "!";
      case RED -> "\u2717";
    };
  }

  /** "0.62 healthy", "0.4 at-risk", "no score yet", "cannot be scored". */
  static String summary(OptionalDouble score, Optional<Grade> grade, Optional<TrackStatus> status, boolean noted) {
    if (score.isEmpty()) {
      return noted ? "no score" : "no score yet";
    }
    String words = grade.map(g -> g.verdict().id()).or(() -> status.map(TrackStatus::id)).orElse("");
    return "score " + Html.shown(score.getAsDouble()) + (words.isEmpty() ? "" : " \u00b7 " + words);
  }

  /** The colour's sign in a coloured disc; the words follow in the score line. */
  private static String badge(Optional<Colour> colour, Optional<Grade> grade, Optional<TrackStatus> status) {
    return "<span class=\"badge " + colourClass(colour) + "\">" + icon(colour, grade.isPresent() || status.isPresent()) + "</span> ";
  }
}
