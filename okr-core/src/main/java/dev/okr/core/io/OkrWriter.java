package dev.okr.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Initiative;
import dev.okr.core.InitiativeStatus;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Milestone;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link OkrSet} in the interchange form that {@link OkrReader} reads back to an equal
 * set. Absent values and defaults are left out; a key result that has only its statement and the
 * id a bare string would get is written as the bare string.
 *
 * <p>Source positions are written only by {@link #withSourcePositions()} and {@link
 * #withSourcePositions(String)}, for documents converted from another form that should keep
 * pointing at the original text: each element's {@code source: {file, line, column}} is its {@code
 * origin()} when it has one (it came to the document being written from elsewhere), otherwise its
 * {@code source()} (where it was read). Reading the document back gives each element that {@code
 * origin()}. Instances are immutable and thread-safe.
 */
public final class OkrWriter {
  private static final JsonFactory JSON_FACTORY = JsonFactory.builder().build();
  private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private static final OkrWriter JSON = new OkrWriter(DocumentFormat.JSON, false, null);
  private static final OkrWriter YAML = new OkrWriter(DocumentFormat.YAML, false, null);

  private final DocumentFormat format;
  private final boolean sourcePositions;
  /** The file the elements' {@code source()} positions are in, when known. */
  private final @Nullable String sourceFile;

  private OkrWriter(DocumentFormat format, boolean sourcePositions, @Nullable String sourceFile) {
    this.format = format;
    this.sourcePositions = sourcePositions;
    this.sourceFile = sourceFile;
  }

  /** The JSON writer (pretty-printed). */
  public static OkrWriter json() {
    return JSON;
  }

  /** The YAML writer. */
  public static OkrWriter yaml() {
    return YAML;
  }

  /** The writer of a format. */
  public static OkrWriter of(DocumentFormat format) {
    return format == DocumentFormat.JSON ? JSON : YAML;
  }

  /**
   * A writer like this one that also writes where each element comes from: its {@code origin()}
   * when it has one, otherwise its {@code source()} position, with the position's own file if it
   * names one.
   */
  public OkrWriter withSourcePositions() {
    return new OkrWriter(format, true, null);
  }

  /**
   * A writer like this one that also writes where each element comes from, as {@link
   * #withSourcePositions()} does, naming {@code file} as the document the elements' {@code
   * source()} positions are in (unless a position names its own file). {@code okr convert q3.md}
   * uses it to write {@code source: {file: q3.md, line: 12, column: 3}}. Origins are written as
   * they are: they name their own file, or none.
   *
   * @param file the document the elements were read from, as it should be named, e.g. {@code q3.md}
   * @throws dev.okr.core.OkrValidationException if {@code file} is blank
   */
  public OkrWriter withSourcePositions(String file) {
    SourcePosition.of(file, 1, 1); // validates the name as a position's file
    return new OkrWriter(format, true, file);
  }

  /** The document as text. */
  public String write(OkrSet set) {
    StringWriter out = new StringWriter();
    try {
      write(set, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  /** Writes the document to a character stream, which the caller closes. */
  public void write(OkrSet set, Writer out) throws IOException {
    JsonFactory factory = format == DocumentFormat.JSON ? JSON_FACTORY : YAML_FACTORY;
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (format == DocumentFormat.JSON) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      g.writeStartObject();
      g.writeNumberField(Fields.FORMAT, Fields.FORMAT_VERSION);
      g.writeArrayFieldStart(Fields.OBJECTIVES);
      for (Objective objective : set.objectives()) {
        objective(g, objective);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    if (format == DocumentFormat.JSON) {
      out.write(System.lineSeparator());
    }
  }

  private void objective(JsonGenerator g, Objective o) throws IOException {
    g.writeStartObject();
    g.writeStringField(Fields.ID, o.id());
    g.writeStringField(Fields.TITLE, o.title());
    text(g, Fields.DESCRIPTION, o.description());
    if (o.kind().isPresent()) {
      g.writeStringField(Fields.KIND, o.kind().get().id());
    }
    owner(g, o.owner());
    if (o.cycle().isPresent()) {
      g.writeStringField(Fields.CYCLE, o.cycle().get().toString());
    }
    if (o.alignment().isPresent()) {
      Alignment a = o.alignment().get();
      g.writeObjectFieldStart(Fields.ALIGNS_TO);
      g.writeStringField(a.kind() == Alignment.Kind.OBJECTIVE ? Fields.OBJECTIVE_PARENT : Fields.KEY_RESULT_PARENT, a.parentId());
      g.writeEndObject();
    }
    strings(g, Fields.TAGS, o.tags());
    text(g, Fields.PRIORITY, o.priority());
    reported(g, o.reported());
    if (!o.keyResults().isEmpty()) {
      g.writeArrayFieldStart(Fields.KEY_RESULTS);
      for (int i = 0; i < o.keyResults().size(); i++) {
        keyResult(g, o.keyResults().get(i), Fields.keyResultId(o.id(), i));
      }
      g.writeEndArray();
    }
    if (!o.initiatives().isEmpty()) {
      g.writeArrayFieldStart(Fields.INITIATIVES);
      for (Initiative initiative : o.initiatives()) {
        initiative(g, initiative);
      }
      g.writeEndArray();
    }
    strings(g, Fields.SUPPRESSIONS, o.suppressions());
    source(g, o.origin(), o.source());
    g.writeEndObject();
  }

  private void keyResult(JsonGenerator g, KeyResult kr, String bareId) throws IOException {
    boolean bare = kr.id().equals(bareId) && kr.owner().isEmpty() && kr.weight() == 1.0
        && kr.measurement().isEmpty() && kr.checkIns().isEmpty() && kr.suppressions().isEmpty()
        && kr.priority().isEmpty() && kr.reported().isEmpty()
        && (!sourcePositions || (kr.origin().isEmpty() && kr.source().isEmpty()));
    if (bare) {
      g.writeString(kr.statement());
      return;
    }
    g.writeStartObject();
    g.writeStringField(Fields.ID, kr.id());
    g.writeStringField(Fields.STATEMENT, kr.statement());
    owner(g, kr.owner());
    if (kr.weight() != 1.0) {
      number(g, Fields.WEIGHT, kr.weight());
    }
    text(g, Fields.PRIORITY, kr.priority());
    if (kr.measurement().isPresent()) {
      measurement(g, kr.measurement().get());
    }
    if (!kr.checkIns().isEmpty()) {
      g.writeArrayFieldStart(Fields.CHECK_INS);
      for (CheckIn c : kr.checkIns()) {
        checkIn(g, c);
      }
      g.writeEndArray();
    }
    reported(g, kr.reported());
    strings(g, Fields.SUPPRESSIONS, kr.suppressions());
    source(g, kr.origin(), kr.source());
    g.writeEndObject();
  }

  private static void measurement(JsonGenerator g, Measurement m) throws IOException {
    g.writeObjectFieldStart(Fields.MEASUREMENT);
    g.writeStringField(Fields.TYPE, m.type().id());
    text(g, Fields.UNIT, m.unit());
    number(g, Fields.BASELINE, m.baseline());
    number(g, Fields.TARGET, m.target());
    number(g, Fields.STRETCH, m.stretch());
    if (!m.milestones().isEmpty()) {
      g.writeArrayFieldStart(Fields.MILESTONES);
      for (Milestone milestone : m.milestones()) {
        if (milestone.weight() == 1.0) {
          g.writeString(milestone.name());
        } else {
          g.writeStartObject();
          g.writeStringField(Fields.NAME, milestone.name());
          number(g, Fields.WEIGHT, milestone.weight());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void checkIn(JsonGenerator g, CheckIn c) throws IOException {
    g.writeStartObject();
    g.writeStringField(Fields.DATE, c.date().toString());
    number(g, Fields.VALUE, c.value());
    if (c.achieved().isPresent()) {
      g.writeBooleanField(Fields.ACHIEVED, c.achieved().get());
    }
    if (c.milestonesDone().isPresent()) {
      g.writeArrayFieldStart(Fields.MILESTONES_DONE);
      for (String done : c.milestonesDone().get()) {
        g.writeString(done);
      }
      g.writeEndArray();
    }
    number(g, Fields.CONFIDENCE, c.confidence());
    text(g, Fields.NOTE, c.note());
    g.writeEndObject();
  }

  private void initiative(JsonGenerator g, Initiative i) throws IOException {
    g.writeStartObject();
    g.writeStringField(Fields.ID, i.id());
    g.writeStringField(Fields.TITLE, i.title());
    owner(g, i.owner());
    if (i.status() != InitiativeStatus.PLANNED) {
      g.writeStringField(Fields.STATUS, i.status().id());
    }
    strings(g, Fields.KEY_RESULTS, i.keyResultIds());
    strings(g, Fields.SUPPRESSIONS, i.suppressions());
    source(g, i.origin(), i.source());
    g.writeEndObject();
  }

  private static void owner(JsonGenerator g, Optional<Owner> owner) throws IOException {
    if (owner.isPresent()) {
      g.writeObjectFieldStart(Fields.OWNER);
      g.writeStringField(owner.get().kind() == Owner.Kind.TEAM ? Fields.TEAM : Fields.PERSON, owner.get().name());
      g.writeEndObject();
    }
  }

  private static void reported(JsonGenerator g, Optional<Reported> reported) throws IOException {
    if (reported.isPresent()) {
      Reported r = reported.get();
      g.writeObjectFieldStart(Fields.REPORTED);
      g.writeStringField(Fields.TEXT, r.text());
      if (r.score().isPresent()) {
        number(g, Fields.SCORE, r.score().get());
      }
      text(g, Fields.STATUS, r.status());
      g.writeEndObject();
    }
  }

  /** The element's origin, or else where it was read, in the file named when the position names none. */
  private void source(JsonGenerator g, Optional<SourcePosition> origin, Optional<SourcePosition> source)
      throws IOException {
    if (!sourcePositions || (origin.isEmpty() && source.isEmpty())) {
      return;
    }
    SourcePosition p = origin.isPresent() ? origin.get() : source.get();
    Optional<String> file = origin.isPresent() ? p.file() : p.file().or(() -> Optional.ofNullable(sourceFile));
    g.writeObjectFieldStart(Fields.SOURCE);
    text(g, Fields.FILE, file);
    g.writeNumberField(Fields.LINE, p.line());
    g.writeNumberField(Fields.COLUMN, p.column());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  private static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(field);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static void number(JsonGenerator g, String field, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      number(g, field, value.getAsDouble());
    }
  }

  /** Whole numbers without a fraction ({@code 42}, not {@code 42.0}); others, and {@code -0.0}, exactly. */
  private static void number(JsonGenerator g, String field, double value) throws IOException {
    g.writeFieldName(field);
    if (value == Math.rint(value) && Math.abs(value) < 1e15 && !isNegativeZero(value)) {
      g.writeNumber((long) value);
    } else {
      g.writeNumber(value);
    }
  }

  private static boolean isNegativeZero(double value) {
    return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
  }
}
