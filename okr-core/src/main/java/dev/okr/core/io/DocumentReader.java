package dev.okr.core.io;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableSet;
import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.InitiativeStatus;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.OkrValidationException;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import dev.okr.core.Spelling;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one document from a parser by recursive descent, keeping the path and position of every
 * value so that each error names both. Each element's {@code source()} is where it stands in this
 * document; a {@code source} field in the document is its {@code origin()}. A field given twice in
 * a mapping is an error, and text longer than {@link OkrReader#MAX_TEXT_CHARS} too, in JSON and
 * YAML alike. YAML scalars are read as YAML 1.2 reads them: decimal numbers only, {@code true} and
 * {@code false} the only booleans. Not thread-safe: one instance reads one document.
 */
final class DocumentReader {
  /** Turns a parser's column into UTF-16 code units. */
  interface Columns {
    /** Columns the parser already counts in UTF-16 code units, as Jackson's JSON parser does. */
    Columns UTF16 = (line, column) -> column;

    /** The 1-based UTF-16 column of the parser's 1-based {@code column} on {@code line}. */
    int utf16(int line, int column);
  }

  private final JsonParser parser;
  private final String source;
  private final Columns columns;
  private final Map<String, JsonLocation> locations = new HashMap<>();
  /** The path of the value being read, for syntax errors. */
  private String here = "";
  private JsonLocation fieldNameLocation = JsonLocation.NA;
  /** The mappings being read, innermost first. */
  private final Deque<Mapping> mappings = new ArrayDeque<>();

  /** A mapping being read: where it starts, and the names of its fields so far with where each stands. */
  private record Mapping(JsonLocation start, Map<String, JsonLocation> names) {}

  /** A YAML 1.2 (core schema) decimal number: {@code 10}, {@code 010}, {@code -1.5}, {@code .5}, {@code 1e3}. */
  private static final Pattern YAML_DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  /** A YAML 1.2 (core schema) whole number in decimal. */
  private static final Pattern YAML_WHOLE = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern YAML_INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern YAML_NAN = Pattern.compile("\\.(nan|NaN|NAN)");
  private static final Pattern YAML_BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");

  DocumentReader(JsonParser parser, String source, Columns columns) {
    this.parser = parser;
    this.source = source;
    this.columns = columns;
  }

  /** An objective read but not yet built: the document's default cycle may still come. */
  private record PendingObjective(Objective.Builder builder, String path, boolean hasCycle) {}

  OkrSet read() throws IOException {
    JsonToken first = next();
    if (first == null) {
      throw error("", parser.currentLocation(), "the document is empty; expected a mapping with \"objectives\"");
    }
    expect(first, START_OBJECT, "", "a mapping with \"objectives\"");
    List<PendingObjective> pending = new ArrayList<>();
    Cycle defaultCycle = null;
    boolean sawObjectives = false;
    for (String name; (name = nextField("")) != null; ) {
      String path = name;
      switch (name) {
        case Fields.FORMAT -> {
          double version = number(path);
          if (version != Fields.FORMAT_VERSION) {
            throw error(path, "unsupported format version " + parser.getText() + "; this library reads version " + Fields.FORMAT_VERSION);
          }
        }
        case Fields.CYCLE -> defaultCycle = cycle(path);
        case Fields.OBJECTIVES -> {
          sawObjectives = true;
          list(path, (at, i) -> pending.add(objective(at)));
        }
        default -> throw unknownField(path, name, Fields.DOCUMENT);
      }
    }
    JsonToken trailing = next();
    if (trailing != null) {
      throw error("", "expected the end of the document, found more content (only one document is read)");
    }
    if (!sawObjectives) {
      throw error(Fields.OBJECTIVES, locations.getOrDefault("", parser.currentLocation()), "missing; a document needs a list of objectives");
    }
    List<Objective> objectives = new ArrayList<>(pending.size());
    for (PendingObjective p : pending) {
      if (!p.hasCycle() && defaultCycle != null) {
        p.builder().cycle(defaultCycle);
      }
      objectives.add(build(p.path(), p.builder()::build));
    }
    return build("", () -> OkrSet.of(objectives));
  }

  private PendingObjective objective(String at) throws IOException {
    expect(parser.currentToken(), START_OBJECT, at, "an objective (a mapping with id, title and keyResults)");
    Objective.Builder builder = Objective.builder();
    builder.source(position(parser.currentTokenLocation()));
    String id = "";
    List<Object> keyResults = new ArrayList<>(); // KeyResult, or the statement of a bare string
    List<String> keyResultPaths = new ArrayList<>();
    List<JsonLocation> keyResultLocations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name; (name = nextField(at, seen)) != null; ) {
      String path = at + "." + name;
      switch (name) {
        case Fields.ID -> {
          id = text(path);
          builder.id(id);
        }
        case Fields.TITLE -> builder.title(text(path));
        case Fields.DESCRIPTION -> builder.description(text(path));
        case Fields.KIND -> builder.kind(choice(path, ObjectiveKind::fromId));
        case Fields.OWNER -> builder.owner(owner(path));
        case Fields.CYCLE -> builder.cycle(cycle(path));
        case Fields.ALIGNS_TO -> builder.alignment(alignment(path));
        case Fields.TAGS -> list(path, (p, i) -> builder.addTag(text(p)));
        case Fields.PRIORITY -> builder.priority(text(path));
        case Fields.REPORTED -> builder.reported(reported(path));
        case Fields.KEY_RESULTS -> list(path, (p, i) -> {
          keyResultPaths.add(p);
          keyResultLocations.add(parser.currentTokenLocation());
          keyResults.add(parser.currentToken() == START_OBJECT ? keyResult(p) : text(p));
        });
        case Fields.INITIATIVES -> list(path, (p, i) -> builder.addInitiative(initiative(p)));
        case Fields.SUPPRESSIONS -> list(path, (p, i) -> builder.addSuppression(text(p)));
        case Fields.SOURCE -> builder.origin(sourcePosition(path));
        default -> throw unknownField(path, name, Fields.OBJECTIVE);
      }
    }
    requireField(seen, at, Fields.ID);
    requireField(seen, at, Fields.TITLE);
    String objectiveId = id;
    for (int i = 0; i < keyResults.size(); i++) {
      Object kr = keyResults.get(i);
      if (kr instanceof String statement) {
        String krId = Fields.keyResultId(objectiveId, i);
        SourcePosition where = position(keyResultLocations.get(i));
        kr = build(keyResultPaths.get(i), () -> KeyResult.builder()
            .id(krId)
            .statement(statement)
            .source(where)
            .build());
      }
      builder.addKeyResult((KeyResult) kr);
    }
    return new PendingObjective(builder, at, seen.contains(Fields.CYCLE));
  }

  private KeyResult keyResult(String at) throws IOException {
    KeyResult.Builder builder = KeyResult.builder();
    builder.source(position(parser.currentTokenLocation()));
    Set<String> seen = new HashSet<>();
    for (String name; (name = nextField(at, seen)) != null; ) {
      String path = at + "." + name;
      switch (name) {
        case Fields.ID -> builder.id(text(path));
        case Fields.STATEMENT -> builder.statement(text(path));
        case Fields.OWNER -> builder.owner(owner(path));
        case Fields.WEIGHT -> builder.weight(number(path));
        case Fields.PRIORITY -> builder.priority(text(path));
        case Fields.MEASUREMENT -> builder.measurement(measurement(path));
        case Fields.CHECK_INS -> list(path, (p, i) -> builder.addCheckIn(checkIn(p)));
        case Fields.REPORTED -> builder.reported(reported(path));
        case Fields.SUPPRESSIONS -> list(path, (p, i) -> builder.addSuppression(text(p)));
        case Fields.SOURCE -> builder.origin(sourcePosition(path));
        default -> throw unknownField(path, name, Fields.KEY_RESULT);
      }
    }
    requireField(seen, at, Fields.ID);
    requireField(seen, at, Fields.STATEMENT);
    return build(at, builder::build);
  }

  private Measurement measurement(String at) throws IOException {
    expect(parser.currentToken(), START_OBJECT, at, "a mapping with type, unit, baseline and target");
    Measurement.Builder builder = Measurement.builder();
    Set<String> seen = new HashSet<>();
    for (String name; (name = nextField(at, seen)) != null; ) {
      String path = at + "." + name;
      switch (name) {
        case Fields.TYPE -> builder.type(choice(path, MeasurementType::fromId));
        case Fields.UNIT -> builder.unit(text(path));
        case Fields.BASELINE -> builder.baseline(number(path));
        case Fields.TARGET -> builder.target(number(path));
        case Fields.STRETCH -> builder.stretch(number(path));
        case Fields.MILESTONES -> list(path, (p, i) -> builder.addMilestone(milestone(p)));
        default -> throw unknownField(path, name, Fields.MEASUREMENT_FIELDS);
      }
    }
    requireField(seen, at, Fields.TYPE);
    return build(at, builder::build);
  }

  private Milestone milestone(String at) throws IOException {
    if (parser.currentToken() != START_OBJECT) {
      String name = text(at);
      return build(at, () -> Milestone.of(name));
    }
    Milestone.Builder builder = new Milestone.Builder();
    Set<String> seen = new HashSet<>();
    for (String name; (name = nextField(at, seen)) != null; ) {
      String path = at + "." + name;
      switch (name) {
        case Fields.NAME -> builder.name(text(path));
        case Fields.WEIGHT -> builder.weight(number(path));
        default -> throw unknownField(path, name, Fields.MILESTONE);
      }
    }
    requireField(seen, at, Fields.NAME);
    return build(at, builder::build);
  }

  private CheckIn checkIn(String at) throws IOException {
    expect(parser.currentToken(), START_OBJECT, at, "a check-in (a mapping with date and value)");
    CheckIn.Builder builder = CheckIn.builder();
    Set<String> seen = new HashSet<>();
    for (String name; (name = nextField(at, seen)) != null; ) {
      String path = at + "." + name;
      switch (name) {
        case Fields.DATE -> builder.date(date(path));
        case Fields.VALUE -> builder.value(number(path));
        case Fields.ACHIEVED -> builder.achieved(bool(path));
        case Fields.MILESTONES_DONE -> {
          ImmutableSet.Builder<String> done = ImmutableSet.builder();
          list(path, (p, i) -> done.add(text(p)));
          builder.milestonesDone(done.build());
        }
        case Fields.CONFIDENCE -> builder.confidence(number(path));
        case Fields.NOTE -> builder.note(text(path));
        default -> throw unknownField(path, name, Fields.CHECK_IN);
      }
    }
    requireField(seen, at, Fields.DATE);
    return build(at, builder::build);
  }

  private Initiative initiative(String at) throws IOException {
    expect(parser.currentToken(), START_OBJECT, at, "an initiative (a mapping with id, title and keyResults)");
    Initiative.Builder builder = Initiative.builder();
    builder.source(position(parser.currentTokenLocation()));
    Set<String> seen = new HashSet<>();
    for (String name; (name = nextField(at, seen)) != null; ) {
      String path = at + "." + name;
      switch (name) {
        case Fields.ID -> builder.id(text(path));
        case Fields.TITLE -> builder.title(text(path));
        case Fields.OWNER -> builder.owner(owner(path));
        case Fields.STATUS -> builder.status(choice(path, InitiativeStatus::fromId));
        case Fields.KEY_RESULTS -> list(path, (p, i) -> builder.addKeyResultId(text(p)));
        case Fields.SUPPRESSIONS -> list(path, (p, i) -> builder.addSuppression(text(p)));
        case Fields.SOURCE -> builder.origin(sourcePosition(path));
        default -> throw unknownField(path, name, Fields.INITIATIVE);
      }
    }
    requireField(seen, at, Fields.ID);
    requireField(seen, at, Fields.TITLE);
    return build(at, builder::build);
  }

  private Owner owner(String at) throws IOException {
    return eitherOf(at, "an owner", "a team or a person", Fields.TEAM, Fields.PERSON, Owner::team, Owner::person);
  }

  private Alignment alignment(String at) throws IOException {
    return eitherOf(at, "an alignment", "an objective or a key result",
        Fields.OBJECTIVE_PARENT, Fields.KEY_RESULT_PARENT, Alignment::toObjective, Alignment::toKeyResult);
  }

  /** A mapping with exactly one of two text fields, such as {@code {team: NAME}} or {@code {person: NAME}}. */
  private <T> T eitherOf(
      String at, String what, String choice, String first, String second,
      java.util.function.Function<String, T> ofFirst, java.util.function.Function<String, T> ofSecond)
      throws IOException {
    String form = "{" + first + ": …} or {" + second + ": …}";
    expect(parser.currentToken(), START_OBJECT, at, what + " (" + form + ")");
    T value = null;
    List<String> accepted = List.of(first, second);
    for (String name; (name = nextField(at)) != null; ) {
      String path = at + "." + name;
      if (!accepted.contains(name)) {
        throw unknownField(path, name, accepted);
      }
      if (value != null) {
        throw error(path, what + " is " + choice + ", not both");
      }
      String text = text(path);
      var of = name.equals(first) ? ofFirst : ofSecond;
      value = build(path, () -> of.apply(text));
    }
    if (value == null) {
      throw error(at, what + " needs " + choice + " (" + form + ")");
    }
    return value;
  }

  /** A {@code source} field: where the element was first written, its origin. */
  private SourcePosition sourcePosition(String at) throws IOException {
    expect(parser.currentToken(), START_OBJECT, at, "a position ({file: NAME, line: N, column: N})");
    String file = null;
    int line = 0;
    int column = 0;
    Set<String> seen = new HashSet<>();
    for (String name; (name = nextField(at, seen)) != null; ) {
      String path = at + "." + name;
      switch (name) {
        case Fields.FILE -> file = text(path);
        case Fields.LINE -> line = wholeNumber(path);
        case Fields.COLUMN -> column = wholeNumber(path);
        default -> throw unknownField(path, name, Fields.POSITION);
      }
    }
    requireField(seen, at, Fields.LINE);
    requireField(seen, at, Fields.COLUMN);
    String f = file;
    int l = line;
    int c = column;
    return build(at, () -> f == null ? SourcePosition.of(l, c) : SourcePosition.of(f, l, c));
  }

  private Reported reported(String at) throws IOException {
    expect(parser.currentToken(), START_OBJECT, at, "a reported score or status ({text: …, score: N, status: …})");
    String text = null;
    Double score = null;
    String status = null;
    Set<String> seen = new HashSet<>();
    for (String name; (name = nextField(at, seen)) != null; ) {
      String path = at + "." + name;
      switch (name) {
        case Fields.TEXT -> text = text(path);
        case Fields.SCORE -> score = number(path);
        case Fields.STATUS -> status = text(path);
        default -> throw unknownField(path, name, Fields.REPORTED_FIELDS);
      }
    }
    requireField(seen, at, Fields.TEXT);
    String t = text;
    Optional<Double> s = Optional.ofNullable(score);
    Optional<String> st = Optional.ofNullable(status);
    return build(at, () -> Reported.of(t, s, st));
  }

  // ---- values -------------------------------------------------------------------------------

  private Cycle cycle(String path) throws IOException {
    String text = text(path);
    return build(path, () -> Cycle.parse(text));
  }

  private LocalDate date(String path) throws IOException {
    String text = text(path);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(path, "expected a date as YYYY-MM-DD, got " + describe() + dev.okr.core.CalendarDays.whyNoDay(text));
    }
  }

  private <T> T choice(String path, java.util.function.Function<String, T> lookup) throws IOException {
    String text = text(path);
    try {
      return lookup.apply(text);
    } catch (OkrValidationException e) {
      throw error(path, e.detail());
    }
  }

  /** Text, from any scalar: YAML reads {@code id: 2026} as a number, but it is meant as text. */
  private String text(String path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
      throw error(path, "expected text, got " + describe());
    }
    String text;
    try {
      text = parser.getText(); // JSON text is decoded here, bounded by MAX_TEXT_CHARS as it grows
    } catch (StreamConstraintsException e) {
      throw error(path, tooLong("text"));
    }
    if (text.length() > OkrReader.MAX_TEXT_CHARS) {
      throw error(path, tooLong("text"));
    }
    return text;
  }

  private static String tooLong(String what) {
    return what + " longer than " + OkrReader.MAX_TEXT_CHARS + " characters, the most read";
  }

  private double number(String path) throws IOException {
    if (!parser.currentToken().isNumeric()) {
      throw error(path, "expected a number, got " + describe());
    }
    if (parser instanceof YAMLParser) {
      return yamlNumber(path, parser.getText());
    }
    try {
      return notOverflowing(path, parser.getDoubleValue(), parser.getText());
    } catch (JsonProcessingException e) {
      throw error(path, "expected a number, got " + describe());
    }
  }

  /**
   * The value of a number written in digits, unless it is beyond a double's range: {@code 1e400}
   * would read as infinity, and an error saying "Infinity" would not show what was written.
   */
  private double notOverflowing(String path, double value, String written) {
    if (Double.isInfinite(value)) {
      throw error(path, "is too large to be a finite number (was " + abbreviate(written) + ")");
    }
    return value;
  }

  /**
   * A YAML number as YAML 1.2 reads it: Jackson's YAML parser reads YAML 1.1 forms ({@code 010} as
   * octal 8, {@code 0x1F}, {@code 0b101}, {@code 1_000}); only decimal numbers are taken, so that a
   * value reads the same in YAML and JSON, and {@code 010} is ten.
   */
  private double yamlNumber(String path, String raw) {
    if (YAML_DECIMAL.matcher(raw).matches()) {
      return notOverflowing(path, Double.parseDouble(raw), raw);
    }
    if (YAML_INFINITY.matcher(raw).matches()) {
      return raw.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (YAML_NAN.matcher(raw).matches()) {
      return Double.NaN;
    }
    throw error(path, notDecimal(raw));
  }

  private static String notDecimal(String raw) {
    return "expected a decimal number, got " + abbreviate(raw)
        + " (YAML is read as YAML 1.2: no octal, hexadecimal, binary, sexagesimal or _ in numbers)";
  }

  private int wholeNumber(String path) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
      throw error(path, "expected a whole number, got " + describe());
    }
    if (parser instanceof YAMLParser) {
      String raw = parser.getText();
      if (!YAML_WHOLE.matcher(raw).matches()) {
        throw error(path, notDecimal(raw));
      }
      try {
        return Integer.parseInt(raw);
      } catch (NumberFormatException e) {
        throw error(path, "expected a whole number, got " + describe());
      }
    }
    return parser.getIntValue();
  }

  private boolean bool(String path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE
        || parser instanceof YAMLParser && !YAML_BOOLEAN.matcher(parser.getText()).matches()) {
      // YAML 1.1's yes, no, on, off and y, n are text in YAML 1.2.
      throw error(path, "expected true or false, got " + describe());
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private interface ElementReader {
    void read(String path, int index) throws IOException;
  }

  private void list(String path, ElementReader element) throws IOException {
    expect(parser.currentToken(), START_ARRAY, path, "a list");
    int index = 0;
    while (true) {
      here = path + "[" + index + "]";
      if (next() == END_ARRAY) {
        here = path;
        break;
      }
      String at = here;
      locations.put(at, parser.currentTokenLocation());
      element.read(at, index++);
    }
  }

  // ---- tokens -------------------------------------------------------------------------------

  private @Nullable JsonToken next() throws IOException {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
      if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null
          && !String.valueOf(marked.getProblem()).contains("end of stream")
          && !String.valueOf(marked.getProblem()).contains("<stream end>")) {
        // Jackson gives the context's position ("while scanning ..."); the problem's is where to look,
        // unless the problem is that the text ended (a quote left open: its start is where to look)
        org.yaml.snakeyaml.error.Mark problem = marked.getProblemMark();
        where = new JsonLocation(where.contentReference(), -1, problem.getLine() + 1, problem.getColumn() + 1);
      }
      throw new OkrFormatException(source, where.getLineNr(), utf16Column(where), here, OkrReader.notValidSyntax(e.getOriginalMessage()), e);
    }
    if (token == START_OBJECT) {
      mappings.push(new Mapping(parser.currentTokenLocation(), new HashMap<>()));
    } else if (token == END_OBJECT) {
      mappings.pop();
    }
    if (parser instanceof YAMLParser yaml && token != null && token != END_OBJECT && token != END_ARRAY) {
      if (yaml.isCurrentAlias()) {
        // an alias has no anchor of its own: the parser gives the name it refers to as its text
        throw error("", "YAML aliases (*" + yaml.getText() + ") are not supported; write the value out");
      }
      if (yaml.getCurrentAnchor() != null) {
        throw error("", "YAML anchors (&" + yaml.getCurrentAnchor() + ") are not supported; write the value out");
      }
      if (yaml.getTypeId() != null) {
        throw error("", "YAML tags (!" + yaml.getTypeId() + ") are not supported");
      }
    }
    return token;
  }

  /**
   * Moves to the next field's value and returns the field's name, or {@code null} at the end of
   * the mapping. Records where the value stands, for errors found later.
   */
  /** {@link #nextField(String)}, adding the name to the fields {@code seen} in this mapping. */
  private @Nullable String nextField(String at, Set<String> seen) throws IOException {
    String name = nextField(at);
    if (name != null) {
      seen.add(name);
    }
    return name;
  }

  private @Nullable String nextField(String at) throws IOException {
    JsonToken token;
    // between fields, a syntax error is the mapping's, not its last field's
    here = at;
    try {
      token = next();
    } catch (OkrFormatException e) {
      if (e.getCause() instanceof StreamConstraintsException) {
        // Where a name is expected, the JSON parser's only limit is the length of the name.
        throw error(at, mappings.element().start(), tooLong("a field name"));
      }
      throw e;
    }
    if (token == END_OBJECT) {
      return null;
    }
    if (token != FIELD_NAME) {
      throw error(at, "expected a field name, got " + describe());
    }
    String name = parser.currentName();
    fieldNameLocation = parser.currentTokenLocation();
    here = at.isEmpty() ? name : at + "." + name;
    if (name.length() > OkrReader.MAX_TEXT_CHARS) {
      throw error(at, mappings.element().start(), tooLong("a field name"));
    }
    JsonLocation first = mappings.element().names().putIfAbsent(name, fieldNameLocation);
    if (first != null) {
      throw error(here, fieldNameLocation, "duplicate field \"" + abbreviate(name)
          + "\", first given at " + position(first) + " (a mapping names each field once)");
    }
    next();
    locations.put(here, parser.currentTokenLocation());
    return name;
  }

  private void expect(@Nullable JsonToken actual, JsonToken wanted, String path, String what) throws IOException {
    if (actual != wanted) {
      throw error(path, "expected " + what + ", got " + describe());
    }
    locations.putIfAbsent(path, parser.currentTokenLocation());
  }

  private String describe() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT -> "a mapping";
      case START_ARRAY -> "a list";
      case VALUE_NULL -> "nothing (null)";
      default -> shown(token == JsonToken.VALUE_STRING);
    };
  }

  /**
   * The current scalar as an error shows it, abbreviated, text in quotes; text too long to read is
   * described, unquoted, so that the description does not pass for what was written.
   */
  private String shown(boolean quoted) throws IOException {
    String text;
    try {
      text = abbreviate(parser.getText());
    } catch (StreamConstraintsException e) {
      return "text longer than " + OkrReader.MAX_TEXT_CHARS + " characters";
    }
    return quoted ? "\"" + text + "\"" : text;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  // ---- errors -------------------------------------------------------------------------------

  /** Builds a value, turning a broken model rule into an error at the path and position it names. */
  private <T> T build(String path, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (OkrValidationException e) {
      // Immutables reports missing required attributes this way too (OkrStyle); the readers check them first.
      String full = Fields.documentPath(e.under(path).path()); // under("") keeps the path as it is
      throw error(full, locate(full), e.detail());
    }
  }

  private JsonLocation locate(String path) {
    String at = path;
    while (true) {
      JsonLocation where = locations.get(at);
      if (where != null || at.isEmpty()) {
        return where == null ? JsonLocation.NA : where;
      }
      int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
      at = cut < 0 ? "" : at.substring(0, cut);
    }
  }

  private void requireField(Set<String> seen, String at, String field) {
    requireField(seen.contains(field), at, field);
  }

  /** A field of the mapping at {@code at} (an element's path, never the document's) is required. */
  private void requireField(boolean present, String at, String field) {
    if (!present) {
      throw error(at + "." + field, locate(at), "missing; this field is required");
    }
  }

  private OkrFormatException unknownField(String path, String name, List<String> accepted) {
    String suggestion = Spelling.closest(name, accepted).orElse(null);
    return error(path, fieldNameLocation,
        "unknown field \"" + abbreviate(name) + "\"" + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)")
            + "; expected one of: " + String.join(", ", accepted));
  }

  private OkrFormatException error(String path, String problem) {
    locations.put(path, parser.currentTokenLocation());
    return error(path, parser.currentTokenLocation(), problem);
  }

  private OkrFormatException error(String path, JsonLocation where, String problem) {
    // JsonLocation.NA, where nothing is known, has line and column -1: both are then 0
    int line = Math.max(where.getLineNr(), 0);
    int column = Math.max(utf16Column(where), 0);
    return new OkrFormatException(source, line, column, path, problem, null);
  }

  /** Where a value stands in this document, its column in UTF-16 code units. */
  private SourcePosition position(JsonLocation where) {
    return SourcePosition.of(Math.max(where.getLineNr(), 1), Math.max(utf16Column(where), 1));
  }

  /** A location's column in UTF-16 code units; as given when it is not a column (0 or less). */
  private int utf16Column(JsonLocation where) {
    int column = where.getColumnNr();
    return column < 1 || where.getLineNr() < 1 ? column : columns.utf16(where.getLineNr(), column);
  }
}
