package dev.okr.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.okr.core.Measurement;
import dev.okr.core.statement.Direction;
import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.Missing;
import dev.okr.core.statement.Phrase;
import dev.okr.core.statement.Quantity;
import dev.okr.core.statement.RelativeChange;
import dev.okr.core.statement.StatementKind;
import dev.okr.core.statement.StatementParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okr parse}: what the statement parser reads in key-result sentences. */
@Command(
    name = "parse",
    sortOptions = false,
    customSynopsis = "okr parse [--format FORMAT] (STATEMENT... | --in FILE)",
    description = {
        "Read key-result statements into their parts.",
        "Each statement is read into direction, metric, baseline, target, unit, relative change and deadline, "
            + "with what is missing and whether the statement measures an outcome.",
        ""},
    footer = {
        "",
        "With --format json, baseline, target and stretch are each null or an object:",
        "  {\"value\":20,\"unit\":\"%%\",\"relative\":true,\"bound\":null,",
        "   \"text\":\"20%%\",\"start\":29,\"end\":32}",
        "relative: true for a change from the start (\"by 20%%\": 20 %%, or -20 %% with a verb that reduces) "
            + "or a multiple (\"Triple\", \"3x\": 3 x); false for a level. A relative change is the target "
            + "when no level to reach is written.",
        "bound: at-least, at-most or null. start, end: where text is in the statement (0-based, end exclusive, "
            + "in UTF-16 code units).",
        "",
        "Example: okr parse --format json \"Increase trial conversion by 20%% by end of Q3\""})
final class ParseCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  /** Output forms. */
  enum Format { TEXT, JSON }

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, or json: one JSON object per statement, a line each. Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Parameters(arity = "0..*", paramLabel = "STATEMENT", description = "Key-result statements, each one argument (quote it).")
  private List<String> statements = new ArrayList<>();

  @Option(names = "--in", paramLabel = "FILE", description = "A UTF-8 file with one statement a line; blank lines are skipped.")
  private @Nullable Path in;

  /** A statement and the line it came from (0 on the command line). */
  private record Input(String text, int line) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter lines = new ReportLines(out);
    StatementParser parser = StatementParser.standard();
    for (Input input : inputs()) {
      KeyResultStatement statement = parser.parse(input.text());
      if (format == Format.JSON) {
        writeJson(statement, input.line(), out);
      } else {
        writeText(statement, input.line(), lines);
        lines.flush();
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<Input> inputs() {
    if (in != null && !statements.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Give statements or --in FILE, not both");
    }
    if (in == null && statements.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Give one or more statements, or --in FILE");
    }
    List<Input> inputs = new ArrayList<>();
    if (in == null) {
      statements.forEach(s -> inputs.add(new Input(s, 0)));
      return inputs;
    }
    String[] lines = InputDocument.readText(in).split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        inputs.add(new Input(lines[i].strip(), i + 1));
      }
    }
    return inputs;
  }

  /**
   * Whether the statement measures an outcome: true for an outcome, false for an output, a task or
   * a KPI, null when it cannot be told (a vague or unclear statement).
   */
  static @Nullable Boolean outcome(StatementKind kind) {
    return switch (kind) {
      case OUTCOME -> Boolean.TRUE;
      case OUTPUT, TASK, KPI -> Boolean.FALSE;
      case VAGUE, UNCLEAR, UNREADABLE -> null;
    };
  }

  static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void writeText(KeyResultStatement s, int line, PrintWriter out) {
    out.println((line > 0 ? line + ": " : "") + s.text());
    Boolean outcome = outcome(s.kind());
    if (s.kind() == StatementKind.UNREADABLE) {
      out.println("  kind        unreadable (not English: the reader understands English key results)");
      return;
    }
    out.println("  kind        " + id(s.kind()) + (outcome == null ? " (cannot tell whether it measures an outcome)" : outcome ? "" : " (not an outcome)"));
    out.println("  direction   " + s.direction().map(ParseCommand::id).orElse("-"));
    out.println("  metric      " + s.metric().map(Phrase::text).orElse("-"));
    out.println("  baseline    " + quantity(s.baseline(), s.baselinePlaceholder()));
    out.println("  target      " + quantity(s.target(), s.targetPlaceholder()));
    if (s.stretch().isPresent()) {
      out.println("  stretch     " + quantity(s.stretch(), Optional.empty()));
    }
    out.println("  unit        " + s.unit().orElse("-"));
    s.relativeChange().ifPresent(r -> out.println("  change      " + relative(r)));
    out.println("  deadline    " + s.deadline().map(Phrase::text).orElse("-"));
    out.println("  missing     " + (s.missing().isEmpty() ? "nothing" : s.missing().stream().map(ParseCommand::id).collect(Collectors.joining(", "))));
    out.println("  measurement " + s.measurement().map(ParseCommand::measurement).orElse("none"));
  }

  private static String quantity(Optional<Quantity> q, Optional<Phrase> placeholder) {
    if (q.isEmpty() && placeholder.isPresent()) {
      return "placeholder to fill in  \"" + placeholder.get().text() + "\"";
    }
    return q.map(v -> (v.relative() && v.value() > 0 && !v.unit().equals(Optional.of("x")) ? "+" : "")
        + Numbers.format(v.value()) + v.unit().map(u -> " " + u).orElse("")
        + v.bound().map(b -> " (" + id(b) + ")").orElse("") + (v.relative() ? " (relative)" : "")
        + "  \"" + v.text() + "\"").orElse("-");
  }

  private static String relative(RelativeChange r) {
    return (r.amount() > 0 ? "+" : "") + Numbers.format(r.amount()) + r.unit().map(u -> " " + u).orElse("")
        + r.period().map(p -> " " + p.text()).orElse("");
  }

  private static String measurement(Measurement m) {
    StringBuilder b = new StringBuilder(m.type().id());
    m.baseline().ifPresent(v -> b.append(" from ").append(Numbers.format(v)));
    m.target().ifPresent(v -> b.append(" to ").append(Numbers.format(v)));
    m.stretch().ifPresent(v -> b.append(" stretch ").append(Numbers.format(v)));
    m.unit().ifPresent(u -> b.append(" (").append(u).append(')'));
    return b.toString();
  }

  private static void writeJson(KeyResultStatement s, int line, PrintWriter out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("text", s.text());
      if (line > 0) {
        g.writeNumberField("line", line);
      }
      g.writeStringField("kind", id(s.kind()));
      Boolean outcome = outcome(s.kind());
      if (outcome == null) {
        g.writeNullField("outcome");
      } else {
        g.writeBooleanField("outcome", outcome);
      }
      g.writeStringField("direction", s.direction().map(ParseCommand::id).orElse(null));
      g.writeStringField("verb", s.verb().map(Phrase::text).orElse(null));
      g.writeStringField("metric", s.metric().map(Phrase::text).orElse(null));
      quantity(g, "baseline", s.baseline(), s.baselinePlaceholder());
      quantity(g, "target", s.target(), s.targetPlaceholder());
      quantity(g, "stretch", s.stretch(), Optional.empty());
      g.writeStringField("unit", s.unit().orElse(null));
      if (s.relativeChange().isPresent()) {
        RelativeChange r = s.relativeChange().get();
        g.writeObjectFieldStart("relativeChange");
        g.writeNumberField("amount", r.amount());
        g.writeStringField("unit", r.unit().orElse(null));
        g.writeStringField("period", r.period().map(Phrase::text).orElse(null));
        g.writeEndObject();
      } else {
        g.writeNullField("relativeChange");
      }
      g.writeStringField("deadline", s.deadline().map(Phrase::text).orElse(null));
      g.writeArrayFieldStart("missing");
      for (Missing m : s.missing()) {
        g.writeString(id(m));
      }
      g.writeEndArray();
      if (s.measurement().isPresent()) {
        Measurement m = s.measurement().get();
        g.writeObjectFieldStart("measurement");
        g.writeStringField("type", m.type().id());
        g.writeStringField("unit", m.unit().orElse(null));
        number(g, "baseline", m.baseline());
        number(g, "target", m.target());
        number(g, "stretch", m.stretch());
        g.writeEndObject();
      } else {
        g.writeNullField("measurement");
      }
      g.writeEndObject();
    }
    out.println();
  }

  /**
   * A quantity as {@code {value, unit, relative, placeholder, bound, text, start, end}}, or null:
   * the same form for baseline, target and stretch, absolute or relative. A placeholder left to fill
   * in ("to Y%") has {@code placeholder: true} and a null value.
   */
  private static void quantity(JsonGenerator g, String field, Optional<Quantity> quantity, Optional<Phrase> placeholder)
      throws IOException {
    if (quantity.isEmpty() && placeholder.isPresent()) {
      Phrase p = placeholder.get();
      g.writeObjectFieldStart(field);
      g.writeNullField("value");
      g.writeNullField("unit");
      g.writeBooleanField("relative", false);
      g.writeBooleanField("placeholder", true);
      g.writeNullField("bound");
      g.writeStringField("text", p.text());
      g.writeNumberField("start", p.start());
      g.writeNumberField("end", p.end());
      g.writeEndObject();
      return;
    }
    if (quantity.isEmpty()) {
      g.writeNullField(field);
      return;
    }
    Quantity q = quantity.get();
    g.writeObjectFieldStart(field);
    number(g, "value", OptionalDouble.of(q.value()));
    g.writeStringField("unit", q.unit().orElse(null));
    g.writeBooleanField("relative", q.relative());
    g.writeBooleanField("placeholder", false);
    g.writeStringField("bound", q.bound().map(ParseCommand::id).orElse(null));
    g.writeStringField("text", q.text());
    g.writeNumberField("start", q.start());
    g.writeNumberField("end", q.end());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, OptionalDouble value) throws IOException {
    g.writeFieldName(field);
    Numbers.write(g, value);
  }
}
