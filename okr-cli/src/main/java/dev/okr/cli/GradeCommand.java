package dev.okr.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.okr.cli.GradeReport.KeyResultGrade;
import dev.okr.cli.GradeReport.ObjectiveGrade;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.Objective;
import dev.okr.core.OkrException;
import dev.okr.core.KeyResult;
import dev.okr.core.MeasurementType;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.Owner;
import dev.okr.core.SourcePosition;
import dev.okr.core.Measurement;
import dev.okr.core.Milestone;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Distribution;
import dev.okr.scoring.Forecast;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Portfolio;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.Progress;
import dev.okr.scoring.Observation;
import dev.okr.scoring.Phase;
import dev.okr.scoring.Rate;
import dev.okr.scoring.RollupScore;
import dev.okr.scoring.Rounding;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import dev.okr.scoring.ScoringStrategies;
import dev.okr.scoring.ScoringStrategy;
import dev.okr.scoring.TrackStatus;
import dev.okr.scoring.ScoringPolicy;
import dev.okr.scoring.batch.CheckInHistory;
import dev.okr.scoring.batch.Columns;
import dev.okr.scoring.batch.MilestoneList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okr grade}: scores, grades, status and forecast of a document, then its portfolio figures. */
@Command(
    name = "grade",
    sortOptions = false,
    description = {
        "Score every key result and objective of a document at a date (0-1).",
        "Before a cycle's last day: on track, at risk or off track against the expected pace, with a forecast "
            + "to the cycle's end. From its last day on: the final grade (met or missed for committed objectives; "
            + "unrealistic, below-expectation, healthy, above-expectation or possibly-sandbagged for aspirational "
            + "ones), and no status or forecast. Colours follow the status, then the grade.",
        "Then the portfolio figures per cycle (hit rates, alignment, traceability, distributions, sandbagging), "
            + "each with its threshold. Key results without a measurement are measured by what their statement "
            + "says.",
        ""},
    footer = {
        "",
        "Exit codes: 0 every key result was scored or is awaiting its first check-in; 1 some key result "
            + "cannot be scored (the reason is shown); 2 bad usage or unreadable input."})
final class GradeCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  /** Output forms. */
  enum Format { TEXT, JSON, CSV }

  @Spec
  private CommandSpec spec;

  @Option(names = "--at", paramLabel = "DATE", description = "The date to grade at, for example 2026-09-30. Default: today.")
  private @Nullable LocalDate at;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json (one document) or csv (one row per key result and per objective). Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Option(names = "--check-ins-out", paramLabel = "FILE.csv",
      description = "With --format csv: also write the key results' check-ins here (objective_id,kr_id,date,value; replaced),"
          + " for okr batch-grade --check-ins, so that a key result scored over its check-in periods gets a batch row.")
  private @Nullable Path checkInsOut;

  @Option(names = "--profile", defaultValue = "okr", paramLabel = "NAME", completionCandidates = ProfileNames.class,
      description = "The scoring profile: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private String profile = "okr";

  @Option(names = "--strategy", paramLabel = "TYPE=NAME",
      description = "Score key results of this measurement type with the named strategy instead of the profile's, for example"
          + " increase=my-strategy: any strategy found as a service on the class path. Repeatable.")
  private Map<String, String> strategies = new java.util.LinkedHashMap<>();

  @Parameters(arity = "1", paramLabel = "PATH", description = "A YAML or JSON document, or a Markdown or text outline.")
  private Path path;

  @Override
  public Integer call() throws IOException {
    if (checkInsOut != null && format != Format.CSV) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--check-ins-out goes with --format csv: the check-ins file completes the exported batch rows");
    }
    if (checkInsOut != null && Files.exists(checkInsOut) && Files.isSameFile(checkInsOut, path)) {
      throw new InputException(InputDocument.nameOf(checkInsOut) + ": would overwrite the input " + InputDocument.nameOf(path));
    }
    Profile chosen = profile(profile, strategies);
    InputDocument document = InputDocument.read(path);
    GradeReport report = GradeReport.of(document, at == null ? LocalDate.now() : at, chosen);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TEXT -> {
        PrintWriter lines = new ReportLines(out);
        text(report, lines);
        lines.flush();
      }
      case JSON -> json(report, out);
      case CSV -> csv(report, out, Optional.ofNullable(checkInsOut));
    }
    out.flush();
    return report.failures() > 0 ? ExitCodes.FOUND : ExitCodes.OK;
  }

  /**
   * The named profile with these strategies in place of its own ({@code --strategy TYPE=NAME}), or
   * an error naming what is unknown.
   */
  static Profile profile(String name, Map<String, String> strategies) {
    Profile p = Profiles.all().get(name);
    if (p == null) {
      throw new InputException("--profile: no profile named \"" + name + "\"; known: "
          + String.join(", ", Profiles.all().keySet()));
    }
    if (strategies.isEmpty()) {
      return p;
    }
    Map<MeasurementType, String> chosen = new EnumMap<>(p.strategies());
    for (Map.Entry<String, String> e : strategies.entrySet()) {
      MeasurementType type;
      ScoringStrategy strategy;
      try {
        type = MeasurementType.fromId(e.getKey());
        strategy = ScoringStrategies.named(e.getValue());
      } catch (OkrException x) {
        throw new InputException("--strategy " + e.getKey() + "=" + e.getValue() + ": " + x.getMessage(), x);
      }
      if (!strategy.types().contains(type)) {
        throw new InputException("--strategy " + e.getKey() + "=" + e.getValue() + ": the strategy scores "
            + strategy.types().stream().map(MeasurementType::id).sorted().collect(Collectors.joining(", ")) + ", not " + type.id());
      }
      chosen.put(type, strategy.name());
    }
    return p.withStrategies(chosen);
  }

  // ---- text

  private static void text(GradeReport r, PrintWriter out) {
    Shown shown = new Shown(r.profile());
    out.println(r.file() + ": at " + r.date() + " with profile " + r.profile().name());
    for (ObjectiveGrade o : r.objectives()) {
      out.println();
      Objective obj = o.objective();
      out.println("Objective " + obj.id() + " (" + describe(obj) + phase(o.phase()) + ")" + where(obj.source()) + ": " + obj.title());
      if (o.error().isPresent()) {
        out.println("  not scored: " + o.error().get());
      } else if (o.rollup().orElse(null) instanceof RollupScore.Scored rollup) {
        StringBuilder b = new StringBuilder("  score ").append(Numbers.round(shown.objective(rollup.value()), 2));
        words(b, o.grade(), o.status(), o.colour());
        o.expected().ifPresent(e -> b.append("  expected ").append(Numbers.round(e, 2)));
        out.println(b);
      } else {
        out.println("  unscored: no key result has a check-in yet");
      }
      for (KeyResultGrade k : o.keyResults()) {
        out.println("  KR " + k.keyResult().id() + where(k.keyResult().source()) + ": " + k.keyResult().statement());
        out.println("     " + keyResultLine(k, shown));
      }
    }
    out.println();
    if (r.portfolio().isEmpty()) {
      out.println("Portfolio figures " + r.portfolioError().orElse("not computed"));
      return;
    }
    Portfolio.Report p = r.portfolio().get();
    for (Portfolio.CycleFigures c : p.cycles()) {
      boolean inProgress = c.cycle().map(x -> Phase.of(x, r.date()) == Phase.IN_PROGRESS).orElse(false);
      out.println("Portfolio, " + c.cycle().map(Cycle::toString).orElse("objectives without a cycle")
          + (inProgress ? " (in progress: scores so far, not final)" : ""));
      out.println("  committed hit rate (score >= 0.8)       " + rate(c.committedHitRate(), Portfolio.COMMITTED_TARGET));
      out.println("  aspirational hit rate (score >= 0.5)    " + rate(c.aspirationalHitRate(), Portfolio.ASPIRATIONAL_TARGET));
      out.println("  strategic alignment (linked to company) " + rate(c.strategicAlignment(), Portfolio.ALIGNMENT_TARGET)
          + (c.strategicAlignment().total() > 0 && !c.strategicAlignment().meets(Portfolio.MISALIGNMENT) ? "  misaligned (below 70%)" : ""));
      out.println("  roadmap traceability (linked to a KR)   " + rate(c.roadmapTraceability(), Portfolio.TRACEABILITY_TARGET));
      out.println("  task-like key results                   " + (c.taskLikeShare().isPresent() ? Numbers.percent(c.taskLikeShare().getAsDouble()) : "-"));
      if (c.committedHitRate().total() > 0) {
        out.println("  (a committed key result below 1.0 is graded missed even when it counts as a hit at 0.8 or more)");
      }
      c.distribution().forEach((team, kinds) -> kinds.forEach((kind, d) ->
          out.println("  " + team + ", " + kind + ": " + distribution(d, !inProgress))));
    }
    if (p.sandbagging().isEmpty()) {
      out.println("Sandbagging (aspirational mean >= 0.95 in 3 cycles in a row): no team flagged");
    } else {
      for (Portfolio.Sandbagging s : p.sandbagging()) {
        out.println("Sandbagging (aspirational mean >= 0.95 in 3 cycles in a row): " + s.team() + " scored "
            + s.scores().stream().map(v -> Numbers.round(v, 2)).collect(Collectors.joining(", "))
            + " on aspirational objectives in " + s.cycles().stream().map(Cycle::toString).collect(Collectors.joining(", ")));
      }
    }
  }

  /** How scores are shown: rounded as the profile rounds them, to two places when it does not round. */
  static final class Shown {
    /** Expected progress, forecasts, chances and shares, and scores a profile does not round: two places. */
    static final Rounding UNROUNDED = Rounding.of(2, Rounding.Mode.HALF_UP);
    private final Rounding keyResult;
    private final Rounding objective;

    Shown(Profile profile) {
      this.keyResult = profile.scoring().rounding().places().isPresent() ? profile.scoring().rounding() : UNROUNDED;
      this.objective = profile.rollup().rounding().places().isPresent() ? profile.rollup().rounding() : UNROUNDED;
    }

    double keyResult(double score) {
      return keyResult.apply(score);
    }

    double objective(double score) {
      return objective.apply(score);
    }

    /** Expected progress, forecasts and chances: two places. */
    double other(double value) {
      return UNROUNDED.apply(value);
    }
  }

  private static String phase(Optional<Phase> phase) {
    return phase.map(p -> p == Phase.ENDED ? ", ended" : ", in progress").orElse("");
  }

  /** The grade and its colour once graded; else the status and its colour. */
  private static void words(StringBuilder b, Optional<Grade> grade, Optional<TrackStatus> status, Optional<Colour> colour) {
    grade.ifPresent(g -> b.append("  ").append(ParseCommand.id(g.verdict())));
    if (grade.isEmpty()) {
      status.ifPresent(s -> b.append("  ").append(ParseCommand.id(s)));
    }
    colour.ifPresent(c -> b.append("  ").append(ParseCommand.id(c)));
  }

  private static String describe(Objective o) {
    return o.kind().map(ObjectiveKind::id).orElse("unlabelled")
        + o.owner().map(w -> ", " + w).orElse("")
        + o.cycle().map(c -> ", " + c).orElse("");
  }

  private static String where(Optional<SourcePosition> source) {
    return source.map(p -> " [line " + p.line() + "]").orElse("");
  }

  private static String keyResultLine(KeyResultGrade k, Shown shown) {
    if (k.error().isPresent()) {
      return "cannot be scored: " + k.error().get();
    }
    if (k.unscored().isPresent()) {
      return "unscored: " + k.unscored().get();
    }
    Score.Scored score = k.scored().orElseThrow();
    StringBuilder b = new StringBuilder("score ").append(Numbers.round(shown.keyResult(score.value()), 2));
    words(b, k.grade(), k.status(), k.colour());
    if (k.progress().isPresent() && k.progress().get().phase() == Phase.IN_PROGRESS) {
      Progress p = k.progress().get();
      b.append("  expected ").append(Numbers.round(p.expected(), 2));
      p.forecast().ifPresent(f -> {
        b.append("  forecast ").append(Numbers.round(f.endScore(), 2));
        f.chance().ifPresent(c -> b.append(" (chance ").append(Numbers.percent(c)).append(')'));
      });
    }
    if (!k.fromStatement().isEmpty()) {
      b.append("  [measured from the statement]");
    }
    return b.toString();
  }

  private static String rate(Rate rate, double target) {
    if (rate.total() == 0) {
      return "-";
    }
    return rate + ", target " + Numbers.percent(target) + "+" + (rate.meets(target) ? "" : "  below target");
  }

  private static String distribution(Distribution d, boolean colours) {
    StringBuilder b = new StringBuilder().append(d.count()).append(" key result").append(d.count() == 1 ? "" : "s");
    d.mean().ifPresent(v -> b.append(", mean ").append(Numbers.round(v, 2)));
    d.median().ifPresent(v -> b.append(", median ").append(Numbers.round(v, 2)));
    for (Map.Entry<Colour, Long> e : d.colours().entrySet()) {
      if (colours && e.getValue() > 0) {
        b.append(", ").append(ParseCommand.id(e.getKey())).append(' ').append(e.getValue());
      }
    }
    if (d.unscored() > 0) {
      b.append(", unscored ").append(d.unscored());
    }
    return b.toString();
  }

  // ---- json

  private static void json(GradeReport r, PrintWriter out) throws IOException {
    Shown shown = new Shown(r.profile());
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("file", r.file());
      g.writeStringField("date", r.date().toString());
      g.writeStringField("profile", r.profile().name());
      g.writeArrayFieldStart("objectives");
      for (ObjectiveGrade o : r.objectives()) {
        Objective obj = o.objective();
        g.writeStartObject();
        g.writeStringField("id", obj.id());
        g.writeStringField("title", obj.title());
        g.writeStringField("kind", obj.kind().map(ObjectiveKind::id).orElse(null));
        g.writeStringField("owner", obj.owner().map(Owner::toString).orElse(null));
        g.writeStringField("cycle", obj.cycle().map(Cycle::toString).orElse(null));
        source(g, obj.source());
        g.writeStringField("phase", o.phase().map(Phase::id).orElse(null));
        number(g, "score", o.rollup().flatMap(GradeCommand::value).map(shown::objective));
        grade(g, o.grade(), o.colour());
        g.writeStringField("status", o.status().map(ParseCommand::id).orElse(null));
        number(g, "expected", o.expected().map(shown::other));
        g.writeStringField("error", o.error().orElse(null));
        g.writeArrayFieldStart("keyResults");
        for (KeyResultGrade k : o.keyResults()) {
          keyResult(g, k, shown);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName("portfolio");
      if (r.portfolio().isPresent()) {
        portfolio(g, r.portfolio().get(), shown);
      } else {
        g.writeNull();
      }
      g.writeStringField("portfolioError", r.portfolioError().orElse(null));
      g.writeEndObject();
    }
    out.println();
  }

  private static void keyResult(JsonGenerator g, KeyResultGrade k, Shown shown) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", k.keyResult().id());
    g.writeStringField("statement", k.keyResult().statement());
    source(g, k.keyResult().source());
    g.writeStringField("type", k.keyResult().measurement().map(m -> m.type().id()).orElse(null));
    g.writeBooleanField("measuredFromStatement", !k.fromStatement().isEmpty());
    Optional<Score.Scored> score = k.scored();
    g.writeStringField("phase", k.progress().map(x -> x.phase().id()).orElse(null));
    number(g, "score", score.map(Score.Scored::value).map(shown::keyResult));
    number(g, "attainment", score.map(Score.Scored::attainment));
    grade(g, k.grade(), k.colour());
    Optional<Progress> p = k.progress();
    Optional<Progress> inProgress = p.filter(x -> x.phase() == Phase.IN_PROGRESS);
    g.writeStringField("status", k.status().map(ParseCommand::id).orElse(null));
    number(g, "expected", inProgress.map(Progress::expected).map(shown::other));
    Optional<Forecast> f = p.flatMap(Progress::forecast);
    number(g, "forecast", f.map(Forecast::endScore).map(shown::other));
    number(g, "chance", f.flatMap(x -> boxed(x.chance())).map(shown::other));
    number(g, "confidence", p.flatMap(x -> boxed(x.confidence())));
    g.writeStringField("unscored", k.unscored().orElse(null));
    g.writeStringField("error", k.error().orElse(null));
    g.writeEndObject();
  }

  private static void portfolio(JsonGenerator g, Portfolio.Report p, Shown shown) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("cycles");
    for (Portfolio.CycleFigures c : p.cycles()) {
      g.writeStartObject();
      g.writeStringField("cycle", c.cycle().map(Cycle::toString).orElse(null));
      rate(g, "committedHitRate", c.committedHitRate(), Optional.of(Portfolio.COMMITTED_HIT), shown);
      rate(g, "aspirationalHitRate", c.aspirationalHitRate(), Optional.of(Portfolio.ASPIRATIONAL_HIT), shown);
      rate(g, "strategicAlignment", c.strategicAlignment(), Optional.empty(), shown);
      rate(g, "roadmapTraceability", c.roadmapTraceability(), Optional.empty(), shown);
      number(g, "taskLikeShare", boxed(c.taskLikeShare()).map(shown::other));
      g.writeObjectFieldStart("distribution");
      for (Map.Entry<String, Map<String, Distribution>> team : c.distribution().entrySet()) {
        g.writeObjectFieldStart(team.getKey());
        for (Map.Entry<String, Distribution> kind : team.getValue().entrySet()) {
          Distribution d = kind.getValue();
          g.writeObjectFieldStart(kind.getKey());
          g.writeNumberField("count", d.count());
          g.writeNumberField("unscored", d.unscored());
          number(g, "mean", boxed(d.mean()).map(shown::keyResult));
          number(g, "min", boxed(d.min()).map(shown::keyResult));
          number(g, "lowerQuartile", boxed(d.lowerQuartile()).map(shown::keyResult));
          number(g, "median", boxed(d.median()).map(shown::keyResult));
          number(g, "upperQuartile", boxed(d.upperQuartile()).map(shown::keyResult));
          number(g, "max", boxed(d.max()).map(shown::keyResult));
          g.writeObjectFieldStart("colours");
          for (Map.Entry<Colour, Long> e : d.colours().entrySet()) {
            g.writeNumberField(ParseCommand.id(e.getKey()), e.getValue());
          }
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sandbagging");
    for (Portfolio.Sandbagging s : p.sandbagging()) {
      g.writeStartObject();
      g.writeStringField("team", s.team());
      g.writeArrayFieldStart("cycles");
      for (Cycle c : s.cycles()) {
        g.writeString(c.toString());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("scores");
      for (double v : s.scores()) {
        Numbers.write(g, OptionalDouble.of(shown.objective(v)));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void rate(JsonGenerator g, String name, Rate rate, Optional<Double> threshold, Shown shown) throws IOException {
    g.writeObjectFieldStart(name);
    if (threshold.isPresent()) {
      number(g, "threshold", threshold);
    }
    g.writeNumberField("hits", rate.hits());
    g.writeNumberField("total", rate.total());
    number(g, "share", boxed(rate.share()).map(shown::other));
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, Optional<SourcePosition> source) throws IOException {
    if (source.isPresent()) {
      g.writeObjectFieldStart("source");
      g.writeNumberField("line", source.get().line());
      g.writeNumberField("column", source.get().column());
      g.writeEndObject();
    } else {
      g.writeNullField("source");
    }
  }

  private static void grade(JsonGenerator g, Optional<Grade> grade, Optional<Colour> colour) throws IOException {
    g.writeStringField("grade", grade.map(x -> ParseCommand.id(x.verdict())).orElse(null));
    g.writeStringField("colour", colour.map(ParseCommand::id).orElse(null));
  }

  private static void number(JsonGenerator g, String name, Optional<Double> value) throws IOException {
    g.writeFieldName(name);
    Numbers.write(g, value.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
  }

  private static Optional<Double> value(RollupScore r) {
    return r instanceof RollupScore.Scored s ? Optional.of(s.value()) : Optional.empty();
  }

  private static Optional<Double> boxed(OptionalDouble value) {
    return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
  }

  // ---- csv

  /**
   * The CSV columns: one row per objective ({@code level=objective}) and per key result. A key
   * result's row ends with what the batch grader reads ({@code kr_type} to {@code milestones_done}):
   * its numbers, the reading that counts at the date and, for milestones, their names and weights
   * and the names of those done.
   */
  static final String[] CSV_COLUMNS = {
      "level", "objective_id", "kr_id", "kind", "owner", "cycle", "line", "score", "attainment", "grade", "colour",
      "status", "expected", "forecast", "chance", "note", "phase",
      "kr_type", "baseline", "target", "stretch", "current", "weight", Columns.MILESTONE_NAMES, Columns.MILESTONES_DONE};

  /** The columns of the check-ins file that {@code --check-ins-out} writes, as {@code okr batch-grade --check-ins} reads them. */
  static final String[] CHECK_IN_COLUMNS = {"objective_id", "kr_id", "date", "value", CheckInHistory.MILESTONES_DONE};

  private static void csv(GradeReport r, PrintWriter out, Optional<Path> checkInsOut) throws IOException {
    boolean history = checkInsOut.isPresent();
    List<String[]> checkIns = new java.util.ArrayList<>();
    Shown shown = new Shown(r.profile());
    Scorer scorer = Scorer.of(r.profile());
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord(CSV_COLUMNS);
    for (ObjectiveGrade o : r.objectives()) {
      Objective obj = o.objective();
      String kind = obj.kind().map(ObjectiveKind::id).orElse("");
      String owner = obj.owner().map(Owner::toString).orElse("");
      String cycle = obj.cycle().map(Cycle::toString).orElse("");
      Optional<Double> score = o.rollup().flatMap(GradeCommand::value);
      csv.writeRecord("objective", obj.id(), "", kind, owner, cycle, line(obj.source()),
          text(score.map(shown::objective)), "", o.grade().map(g -> ParseCommand.id(g.verdict())).orElse(""),
          o.colour().map(ParseCommand::id).orElse(""), o.status().map(ParseCommand::id).orElse(""),
          text(o.expected().map(shown::other)), "", "", o.error().orElse(""), o.phase().map(Phase::id).orElse(""),
          "", "", "", "", "", "", "", "");
      for (KeyResultGrade k : o.keyResults()) {
        Optional<Score.Scored> s = k.scored();
        Optional<Progress> p = k.progress();
        Optional<Forecast> f = p.flatMap(Progress::forecast);
        Optional<String> beyond = beyondOneRow(k.keyResult(), r.date(), r.profile().scoring(), history);
        if (history && beyond.isEmpty() && k.keyResult().measurement().isPresent()) {
          for (CheckIn c : k.keyResult().checkIns()) {
            checkIns.add(new String[] {obj.id(), k.keyResult().id(), c.date().toString(), checkInValue(c),
                c.milestonesDone().map(done -> doneNames(k.keyResult().measurement().get().milestones(), done)).orElse("")});
          }
        }
        String note = k.error().orElseGet(() -> k.unscored().orElse(""));
        if (beyond.isPresent()) {
          note = (note.isEmpty() ? "" : note + "; ") + "no batch row: " + beyond.get();
        }
        Optional<Progress> inProgress = p.filter(x -> x.phase() == Phase.IN_PROGRESS);
        String[] row = beyond.isPresent() ? new String[] {"", "", "", "", "", "", "", ""} : batchFields(k.keyResult(), scorer, r.date());
        csv.writeRecord("key-result", obj.id(), k.keyResult().id(), kind, owner, cycle, line(k.keyResult().source()),
            text(s.map(Score.Scored::value).map(shown::keyResult)), text(s.map(Score.Scored::attainment)),
            k.grade().map(g -> ParseCommand.id(g.verdict())).orElse(""),
            k.colour().map(ParseCommand::id).orElse(""),
            k.status().map(ParseCommand::id).orElse(""),
            text(inProgress.map(Progress::expected).map(shown::other)), text(f.map(Forecast::endScore).map(shown::other)),
            text(f.flatMap(x -> boxed(x.chance())).map(shown::other)), note, p.map(x -> x.phase().id()).orElse(""),
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]);
      }
    }
    csv.flush();
    if (checkInsOut.isPresent()) {
      writeCheckIns(checkInsOut.get(), checkIns);
    }
  }

  /** A check-in's value as the batch reads it: the number, yes or no, or the count of milestones done. */
  private static String checkInValue(CheckIn c) {
    if (c.value().isPresent()) {
      return Numbers.format(c.value().getAsDouble());
    }
    if (c.achieved().isPresent()) {
      return c.achieved().get() ? "yes" : "no";
    }
    return Integer.toString(c.milestonesDone().map(java.util.Set::size).orElse(0));
  }

  /** The check-ins file, written beside its path and moved into place once complete. */
  private static void writeCheckIns(Path file, List<String[]> lines) throws IOException {
    OutputFile.write(file, w -> {
      try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
        csv.writeRecord(CHECK_IN_COLUMNS);
        for (String[] line : lines) {
          csv.writeRecord(line);
        }
      }
    });
  }

  /** The names of the milestones done, in the key result's order, as the batch's milestones_done cell. */
  private static String doneNames(List<Milestone> milestones, java.util.Set<String> done) {
    return MilestoneList.writeNames(milestones.stream().map(Milestone::name).filter(done::contains).toList());
  }

  /**
   * Why a key result's score needs more than one batch row carries, or empty when a row carries it
   * all: a stay-at-or-above or at-or-below key result scored over its check-in periods, when the
   * check-ins are not exported (a row holds one reading). Such a key result is exported with empty
   * batch columns and this reason in its note, so that {@code okr batch-grade} rejects its row
   * instead of scoring it differently. When the check-ins are exported too ({@code
   * --check-ins-out}), it has its row. Milestones, named and weighted, always have their row.
   */
  static Optional<String> beyondOneRow(KeyResult kr, LocalDate date, ScoringPolicy policy, boolean historyExported) {
    if (kr.measurement().isEmpty()) {
      return Optional.empty();
    }
    Measurement m = kr.measurement().get();
    boolean maintain = m.type() == MeasurementType.AT_LEAST || m.type() == MeasurementType.AT_MOST;
    long checkInsSoFar = kr.checkIns().stream().filter(c -> !c.date().isAfter(date)).count();
    if (!historyExported && maintain && policy.maintainMode() == ScoringPolicy.MaintainMode.SHARE_OF_PERIODS
        && (policy.periodBasis() == ScoringPolicy.PeriodBasis.PLANNED || checkInsSoFar > 1)) {
      return Optional.of("scored over check-in periods; a row holds one reading");
    }
    return Optional.empty();
  }

  /**
   * A key result as the batch grader reads it: kr_type, baseline, target, stretch, the reading that
   * counts at the date (a number, yes or no, or the count of milestones done, the target then being
   * the count of milestones), the weight and, for milestones, their names and weights and the names
   * of those done; empty without a measurement.
   */
  private static String[] batchFields(KeyResult kr, Scorer scorer, LocalDate date) {
    if (kr.measurement().isEmpty()) {
      return new String[] {"", "", "", "", "", "", "", ""};
    }
    Observation seen = scorer.observe(kr, date);
    boolean milestones = seen.type() == MeasurementType.MILESTONES;
    String current = seen.current().map(c -> c.value().isPresent() ? Numbers.format(c.value().getAsDouble())
        : c.achieved().isPresent() ? (c.achieved().get() ? "yes" : "no")
        : Integer.toString(c.milestonesDone().size())).orElse("");
    return new String[] {seen.type().id(), text(boxed(seen.baseline())),
        milestones ? Integer.toString(seen.milestones().size()) : text(boxed(seen.target())), text(boxed(seen.stretch())),
        current, Numbers.format(kr.weight()),
        milestones ? MilestoneList.write(seen.milestones()) : "",
        milestones ? seen.current().map(c -> doneNames(seen.milestones(), c.milestonesDone())).orElse("") : ""};
  }

  private static String line(Optional<SourcePosition> source) {
    return source.map(p -> Integer.toString(p.line())).orElse("");
  }

  private static String text(Optional<Double> value) {
    return value.map(Numbers::format).orElse("");
  }
}
