package dev.okr.cli;

import dev.okr.cli.GradeCommand.Shown;
import dev.okr.cli.GradeReport.KeyResultGrade;
import dev.okr.cli.GradeReport.ObjectiveGrade;
import dev.okr.core.Cycle;
import dev.okr.lint.Linter;
import dev.okr.report.HtmlReport;
import dev.okr.report.ReportDocument;
import dev.okr.scoring.Forecast;
import dev.okr.scoring.Phase;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Progress;
import dev.okr.scoring.RollupScore;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okr report}: one self-contained HTML page of graded documents, with the numbers of {@code
 * okr grade} (the same grading, rounded by the same code) and the findings of {@code okr lint}.
 */
@Command(
    name = "report",
    sortOptions = false,
    description = {
        "Write an HTML report of documents: scores, grades, status, forecasts and lint findings, with charts.",
        "One self-contained page (no script, no network): per objective its score with the expected pace, its key "
            + "results as bars with their check-in history, target, pace line and forecast; the portfolio figures "
            + "(hit rates against their targets, key results by zone); the alignment tree; each lint finding beside "
            + "the element it concerns, with its suggestion. It prints to PDF from a browser, and reads on a phone.",
        "The numbers are those of okr grade at the same date and profile.",
        ""},
    footer = {
        "",
        "Exit codes: 0 the report was written (key results that cannot be scored are shown in it, with the reason); "
            + "2 bad usage, unreadable input or an output that cannot be written.",
        "Without --config, ./.okrlint.yaml is used for the findings when it exists."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--at", paramLabel = "DATE", description = "The date to grade at, for example 2026-09-30. Default: today.")
  private @Nullable LocalDate at;

  @Option(names = "--profile", defaultValue = "okr", paramLabel = "NAME", completionCandidates = ProfileNames.class,
      description = "The scoring profile: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private String profile = "okr";

  @Option(names = "--config", paramLabel = "FILE", description = "A lint configuration (YAML) for the findings shown.")
  private @Nullable Path config;

  @Option(names = "--out", paramLabel = "FILE.html",
      description = "Write the page here (replaced once complete) instead of to standard output.")
  private @Nullable Path out;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "YAML or JSON documents, Markdown or text outlines, or directories of them.")
  private List<Path> paths = List.of();

  @Override
  public Integer call() throws IOException {
    Profile chosen = GradeCommand.profile(profile, Map.of());
    PrintWriter err = spec.commandLine().getErr();
    if (out != null && Files.exists(out)) {
      for (Path p : paths) {
        if (Files.exists(p) && Files.isSameFile(out, p)) {
          throw new InputException(InputDocument.nameOf(out) + ": would overwrite the input " + InputDocument.nameOf(p));
        }
      }
    }
    Optional<List<InputDocument>> read = InputDocument.readAll(paths, "report on", err);
    if (read.isEmpty()) {
      return ExitCodes.INPUT;
    }
    LocalDate date = at == null ? LocalDate.now() : at;
    // the findings as of the date graded at (stale check-ins, say), as the scores are
    Linter linter = LintCommand.linter(config, Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    List<ReportDocument> documents = new ArrayList<>();
    for (InputDocument d : read.get()) {
      documents.add(document(d, date, chosen, linter));
    }
    String page = HtmlReport.render(documents, Shown.UNROUNDED);
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(page);
      stdout.flush();
    } else {
      OutputFile.write(out, w -> w.write(page));
      err.println("okr report: wrote " + InputDocument.nameOf(out) + " (" + documents.size() + " document"
          + (documents.size() == 1 ? "" : "s") + ")");
      err.flush();
    }
    return ExitCodes.OK;
  }

  /** A document graded as {@code okr grade} grades it, with its lint findings, as the report shows it. */
  static ReportDocument document(InputDocument input, LocalDate date, Profile profile, Linter linter) {
    GradeReport r = GradeReport.of(input, date, profile);
    Shown shown = new Shown(profile);
    Scorer scorer = Scorer.of(profile);
    List<ReportDocument.ObjectiveEntry> objectives = new ArrayList<>();
    for (ObjectiveGrade o : r.objectives()) {
      List<ReportDocument.KeyResultEntry> keyResults = new ArrayList<>();
      for (KeyResultGrade k : o.keyResults()) {
        keyResults.add(keyResult(k, o.objective().cycle(), date, shown, scorer));
      }
      OptionalDouble score = o.rollup().filter(RollupScore.Scored.class::isInstance)
          .map(x -> OptionalDouble.of(shown.objective(((RollupScore.Scored) x).value()))).orElse(OptionalDouble.empty());
      objectives.add(new ReportDocument.ObjectiveEntry(o.objective(), o.phase(), score, o.grade(), o.status(), o.colour(),
          optional(o.expected().map(shown::other)),
          o.error().or(() -> o.rollup().filter(x -> !(x instanceof RollupScore.Scored))
              .map(x -> "unscored: no key result has a check-in yet")),
          keyResults));
    }
    return new ReportDocument(r.file(), date, profile.name(), objectives, r.portfolio(), r.portfolioError(),
        linter.lint(input.forLint()).findings());
  }

  private static ReportDocument.KeyResultEntry keyResult(KeyResultGrade k, Optional<Cycle> cycle, LocalDate date, Shown shown,
      Scorer scorer) {
    Optional<Score.Scored> s = k.scored();
    Optional<Progress> p = k.progress();
    Optional<Progress> inProgress = p.filter(x -> x.phase() == Phase.IN_PROGRESS);
    Optional<Forecast> f = p.flatMap(Progress::forecast);
    List<ReportDocument.Point> history = cycle.isPresent() && k.error().isEmpty()
        ? ReportDocument.Point.history(scorer, k.keyResult(), cycle.get(), date)
        : List.of();
    return new ReportDocument.KeyResultEntry(k.keyResult(), p.map(Progress::phase),
        optional(s.map(x -> shown.keyResult(x.value()))), optional(s.map(Score.Scored::attainment)),
        k.grade(), k.status(), k.colour(), optional(inProgress.map(Progress::expected).map(shown::other)),
        f, optional(f.map(Forecast::endScore).map(shown::other)),
        f.flatMap(x -> x.chance().isPresent() ? Optional.of(shown.other(x.chance().getAsDouble())) : Optional.empty())
            .map(OptionalDouble::of).orElse(OptionalDouble.empty()),
        optional(p.map(Progress::expectation)),
        k.error().map(e -> "cannot be scored: " + e).or(() -> k.unscored().map(u -> "unscored: " + u)),
        history);
  }

  private static OptionalDouble optional(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
