package dev.okr.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.okr.core.OkrSet;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads an OKR document in the interchange form (JSON or YAML) into an {@link OkrSet}.
 *
 * <p>Reading is strict: unknown fields, values of the wrong type and broken model rules are
 * errors, reported as {@link OkrFormatException} with the source, line, column and field path.
 * A field given twice in one mapping is an error, in JSON as in YAML. YAML is read safely: no types
 * are constructed from tags, anchors and aliases are refused (so a "billion laughs" document fails
 * at its first anchor), and its scalars are read as YAML 1.2 reads them: numbers are decimal
 * ({@code 010} is ten; octal, hexadecimal, binary, sexagesimal and {@code 1_000} are errors) and
 * {@code true} and {@code false} are the only booleans ({@code yes} is text). Both syntaxes are
 * bounded alike while they are read, before the text is held: the document's size ({@link
 * #MAX_DOCUMENT_CHARS}), its nesting ({@link #MAX_NESTING_DEPTH}) and each text value and field
 * name ({@link #MAX_TEXT_CHARS}).
 *
 * <p>Each objective, key result and initiative read gets its {@code source()}: where it stands in
 * the document read, line and column (columns in UTF-16 code units, as {@link
 * dev.okr.core.SourcePosition} counts them, in YAML too). A {@code source} field written in the
 * document ({@code {file, line, column}}, kept by a conversion from another form) becomes the
 * element's {@code origin()}, so that linting a converted document points into that document
 * while the original place is still known.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OkrReader {
  /** The classpath resource holding the JSON Schema of the interchange form. */
  public static final String SCHEMA_RESOURCE = "/dev/okr/core/io/okr-document.schema.json";

  /** The largest document read, in characters (64 Mi). */
  public static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

  /** The deepest nesting of lists and mappings read; the form itself needs six. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest text value or field name read, in characters (1 Mi), in JSON and YAML alike. */
  public static final int MAX_TEXT_CHARS = 1024 * 1024;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxDocumentLength(MAX_DOCUMENT_CHARS)
      .maxStringLength(MAX_TEXT_CHARS)
      .maxNameLength(MAX_TEXT_CHARS)
      .build();

  private static final OkrReader JSON = new OkrReader(
      DocumentFormat.JSON,
      // NaN and Infinity are read so that the model can name the field that holds them.
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).streamReadConstraints(CONSTRAINTS).build());
  private static final OkrReader YAML = new OkrReader(DocumentFormat.YAML, yamlFactory());

  private final DocumentFormat format;
  private final JsonFactory factory;

  private OkrReader(DocumentFormat format, JsonFactory factory) {
    this.format = format;
    this.factory = factory;
  }

  /** The JSON reader. */
  public static OkrReader json() {
    return JSON;
  }

  /** The YAML reader. */
  public static OkrReader yaml() {
    return YAML;
  }

  /** The reader of a format. */
  public static OkrReader of(DocumentFormat format) {
    return format == DocumentFormat.JSON ? JSON : YAML;
  }

  /** The format this reader reads. */
  public DocumentFormat format() {
    return format;
  }

  /**
   * Reads a file, choosing the format from its extension ({@code .json}, {@code .yaml}, {@code
   * .yml}); errors name the file.
   *
   * @throws IOException if the file cannot be read
   * @throws OkrFormatException if its content is not a valid document
   * @throws IllegalArgumentException if the extension names no format
   */
  public static OkrSet readFile(Path file) throws IOException {
    OkrReader reader = of(DocumentFormat.forFileName(file.getFileName().toString()));
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reader.read(in, file.getFileName().toString());
    }
  }

  /**
   * Reads a document from text.
   *
   * @param sourceName the name errors give the document, e.g. its file name
   * @throws OkrFormatException if the text is not a valid document
   */
  public OkrSet read(String text, String sourceName) {
    try {
      return read(new StringReader(text), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
  }

  /**
   * Reads a document from a character stream, which the caller closes.
   *
   * @param sourceName the name errors give the document, e.g. its file name
   * @throws IOException if the stream cannot be read
   * @throws OkrFormatException if its content is not a valid document
   */
  public OkrSet read(Reader in, String sourceName) throws IOException {
    // Jackson's JSON parser counts columns in UTF-16 code units; SnakeYAML in code points.
    Reader bounded = new ControlCharacters(new DocumentLength(in, MAX_DOCUMENT_CHARS), format);
    Utf16Columns yamlColumns = format == DocumentFormat.YAML ? new Utf16Columns(bounded) : null;
    DocumentReader.Columns columns = yamlColumns == null ? DocumentReader.Columns.UTF16 : yamlColumns::utf16Column;
    try (JsonParser parser = factory.createParser(yamlColumns == null ? bounded : yamlColumns)) {
      return new DocumentReader(parser, sourceName, columns).read();
    } catch (DocumentLength.Exceeded e) {
      throw tooLong(sourceName, e);
    } catch (ControlCharacters.Found e) {
      throw controlCharacter(sourceName, e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      if (DocumentLength.causeOf(e) != null) {
        throw tooLong(sourceName, DocumentLength.causeOf(e));
      }
      if (ControlCharacters.causeOf(e) != null) {
        throw controlCharacter(sourceName, ControlCharacters.causeOf(e));
      }
      // Syntax errors the parser found while opening or closing the document.
      var where = e.getLocation();
      int line = where == null ? 0 : where.getLineNr();
      int column = where == null ? 0 : where.getColumnNr();
      throw new OkrFormatException(
          sourceName, line, line < 1 || column < 1 ? column : columns.utf16(line, column), "",
          notValidSyntax(e.getOriginalMessage()), e);
    } catch (RuntimeException e) {
      if (DocumentLength.causeOf(e) != null) {
        throw tooLong(sourceName, DocumentLength.causeOf(e));
      }
      if (ControlCharacters.causeOf(e) != null) {
        throw controlCharacter(sourceName, ControlCharacters.causeOf(e));
      }
      if (e instanceof OkrFormatException) {
        throw e;
      }
      // SnakeYAML reports its own limits (size, depth) as unchecked exceptions.
      throw new OkrFormatException(sourceName, 0, 0, "", "not a readable document: " + e.getMessage(), e);
    }
  }

  private static OkrFormatException tooLong(String sourceName, DocumentLength.Exceeded e) {
    return new OkrFormatException(sourceName, 0, 0, "", e.getMessage(), e);
  }

  private static OkrFormatException controlCharacter(String sourceName, ControlCharacters.Found e) {
    return new OkrFormatException(sourceName, e.line(), e.column(), "", e.getMessage(), e);
  }

  /**
   * A parser's syntax error as the reader reports it, on one line; Jackson's message for a comment
   * in JSON, which names a parser feature the user cannot turn on, is said in plain words.
   */
  static String notValidSyntax(String parserMessage) {
    String message = oneLine(parserMessage);
    if (message.contains("maybe a (non-standard) comment?")) {
      return "not valid syntax: a comment, which JSON does not allow; remove it (a YAML document may have # comments)";
    }
    return "not valid syntax: " + message;
  }

  /**
   * A parser's message on one line: SnakeYAML's span several, with a caret drawing and {@code in
   * 'reader', line L, column C} lines, which are dropped (the error gives the position itself).
   */
  public static String oneLine(String message) {
    StringBuilder line = new StringBuilder();
    for (String part : message.split("\\R")) {
      String trimmed = part.strip();
      if (!trimmed.isEmpty() && !trimmed.equals("^") && !trimmed.startsWith("in 'reader'")) {
        line.append(line.length() == 0 ? "" : "; ").append(trimmed);
      }
    }
    return line.toString();
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    // Duplicate keys are refused by DocumentReader, in JSON and YAML alike, with the first one's
    // position; left to Jackson's YAML parser they would get its own message, and none in JSON.
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_DOCUMENT_CHARS);
    options.setAllowRecursiveKeys(false);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS).build();
  }
}
