package dev.okr.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.okr.core.OkrSet;
import dev.okr.core.TerminalText;
import dev.okr.core.io.DocumentFormat;
import dev.okr.core.io.OkrReader;
import dev.okr.core.outline.OutlineImport;
import dev.okr.core.outline.UnplacedLine;
import dev.okr.lint.Document;
import dev.okr.lint.LintConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An OKR document read from a file: a YAML or JSON document in the interchange form, or a Markdown
 * or plain-text outline read by {@link OutlineImport}, with the lines the outline importer could
 * not place.
 *
 * @param name the file as the user named it, with {@code /} separators: what messages show
 * @param set the OKRs
 * @param text the file's text
 * @param outlineText the outline's text, for an outline
 * @param unplaced the outline's lines that are not an objective, key result or initiative
 */
record InputDocument(String name, OkrSet set, String text, Optional<String> outlineText, List<UnplacedLine> unplaced) {

  /** The extensions read, with their kind. */
  static final String SUPPORTED = ".yaml, .yml, .json (interchange form), .md, .markdown, .txt (outlines)";

  private static final JsonFactory JSON_FACTORY = JsonFactory.builder().build();
  private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder().build();

  /**
   * A file to read.
   *
   * @param file the file
   * @param found whether it was found while walking a directory (else the user named it)
   */
  record Input(Path file, boolean found) {}

  InputDocument {
    unplaced = List.copyOf(unplaced);
  }

  /** Whether the document is an outline. */
  boolean isOutline() {
    return outlineText.isPresent();
  }

  /**
   * The document as the linter takes it: an outline with the lines its reader did not place, a
   * structured file with its text (for columns in code points).
   */
  Document forLint() {
    return outlineText.map(outline -> Document.outline(set, name, outline, unplaced))
        .orElseGet(() -> Document.of(set, name, text));
  }

  /**
   * Reads a file, choosing the reader by extension.
   *
   * @throws InputException naming the file and, for a bad document, the line, column and field
   */
  static InputDocument read(Path file) {
    String name = nameOf(file);
    Kind kind = kindOf(file).orElseThrow(() -> new InputException(
        name + ": unsupported file type; expected " + SUPPORTED));
    String text = readText(file);
    return kind == Kind.OUTLINE ? outline(name, text) : structured(name, text, kind);
  }

  private static InputDocument outline(String name, String text) {
    OutlineImport imported = OutlineImport.read(text);
    return new InputDocument(name, imported.okrSet(), text, Optional.of(text), imported.unplaced());
  }

  private static InputDocument structured(String name, String text, Kind kind) {
    OkrSet set = OkrReader.of(kind == Kind.JSON ? DocumentFormat.JSON : DocumentFormat.YAML).read(text, name);
    return new InputDocument(name, set, text, Optional.empty(), List.of());
  }

  /**
   * Reads a file found while walking a directory if it is an OKR document, told by content, not by
   * name: a YAML or JSON file whose top level is a mapping with {@code formatVersion} or {@code
   * objectives}, a Markdown file in which the outline reader finds an objective or a key result, a
   * text file. Otherwise hands {@code skipped} the line that says why not, e.g. {@code skipped
   * .github/ci.yml: not an OKR document (no objectives field)}. A YAML or JSON file that cannot be
   * parsed far enough to tell is read, so that its error is reported.
   *
   * @throws InputException as {@link #read(Path)} does
   */
  static Optional<InputDocument> readFound(Path file, Consumer<String> skipped) {
    Kind kind = kindOf(file).orElse(null);
    if (kind == null) {
      return Optional.of(read(file));
    }
    String name = nameOf(file);
    String text = readText(file);
    Optional<String> notOkr = Optional.empty();
    InputDocument document = null;
    if (kind == Kind.OUTLINE) {
      document = outline(name, text);
      if (isMarkdown(file) && document.set().objectives().isEmpty()) {
        notOkr = Optional.of("no objective or key result found");
      }
    } else {
      notOkr = notAnOkrDocument(text, kind == Kind.JSON ? JSON_FACTORY : YAML_FACTORY);
    }
    if (notOkr.isPresent()) {
      skipped.accept("skipped " + name + ": not an OKR document (" + notOkr.get() + ")");
      return Optional.empty();
    }
    return Optional.of(document != null ? document : structured(name, text, kind));
  }

  /**
   * Why a YAML or JSON text is not an OKR document, read from its top-level keys only; empty when it
   * is one, or when it cannot be parsed far enough to tell.
   */
  static Optional<String> notAnOkrDocument(String text, JsonFactory factory) {
    List<String> keys = new ArrayList<>();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return Optional.of("empty");
      }
      if (first != JsonToken.START_OBJECT) {
        return Optional.of("not a mapping at the top level");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (key.equals("formatVersion") || key.equals("objectives")) {
          return Optional.empty();
        }
        keys.add(key);
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // cannot tell: reading it reports the error with its position
    }
    if (!keys.isEmpty() && isLintConfiguration(text)) {
      return Optional.of("a lint configuration");
    }
    return Optional.of("no objectives field");
  }

  private static boolean isLintConfiguration(String text) {
    try {
      LintConfig.fromYaml(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The files to read for these paths: files as given, directories searched (recursively, in name
   * order) for files of a supported type.
   *
   * @throws InputException when a path does not exist or a directory holds no such file
   */
  static List<Input> expand(List<Path> paths) {
    List<Input> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          List<Path> found = walk.filter(Files::isRegularFile).filter(p -> kindOf(p).isPresent()).sorted().toList();
          if (found.isEmpty()) {
            throw new InputException(nameOf(path) + ": no file of a supported type (" + SUPPORTED + ")");
          }
          found.forEach(f -> files.add(new Input(f, true)));
        } catch (IOException e) {
          throw new InputException(Errors.describe(e, nameOf(path)), e);
        }
      } else {
        files.add(new Input(path, false));
      }
    }
    return files;
  }

  /**
   * Every document of these paths (files, and directories searched as {@link #readFound} says), for
   * a command named {@code command}: the files skipped are listed on {@code err}, one line each; when
   * some file cannot be read, or none is left, the errors are written there ({@code error: ...}) and
   * the result is empty.
   */
  static Optional<List<InputDocument>> readAll(List<Path> paths, String command, PrintWriter err) {
    List<InputDocument> documents = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Input input : expand(paths)) {
      try {
        if (input.found()) {
          readFound(input.file(), skipped::add).ifPresent(documents::add);
        } else {
          documents.add(read(input.file()));
        }
      } catch (RuntimeException e) {
        errors.add(Errors.message(e));
      }
    }
    skipped.forEach(line -> err.println(TerminalText.escape(line)));
    err.flush();
    if (documents.isEmpty() && errors.isEmpty()) {
      errors.add("no OKR document to " + command + ": every file found was skipped");
    }
    if (!errors.isEmpty()) {
      errors.forEach(e -> err.println("error: " + e));
      err.flush();
      return Optional.empty();
    }
    return Optional.of(documents);
  }

  /**
   * The most bytes a file read may have: {@link OkrReader#MAX_DOCUMENT_CHARS}, so that every
   * document the reader takes can be read from a file (UTF-8 has at least a byte a character).
   */
  static final int MAX_FILE_BYTES = OkrReader.MAX_DOCUMENT_CHARS;

  /**
   * The text of a UTF-8 file; a byte order mark is dropped. The size is taken from the stream as
   * it is read, not from the file system (which gives 0 for {@code /dev/zero} and pipes): reading
   * stops at the first byte past {@link #MAX_FILE_BYTES}, before more is held.
   */
  static String readText(Path file) {
    try {
      byte[] bytes;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      }
      if (bytes.length > MAX_FILE_BYTES) {
        throw new InputException(nameOf(file) + ": larger than " + MAX_FILE_BYTES + " bytes, the most read");
      }
      String text = utf8(bytes, nameOf(file));
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new InputException(Errors.describe(e, nameOf(file)), e);
    }
  }

  /**
   * The bytes decoded as UTF-8, or an error naming the line and column of the first bytes that are
   * not UTF-8 and showing them, as the batch reader does; a file that starts with a UTF-16 byte
   * order mark is said to be UTF-16.
   */
  static String utf8(byte[] bytes, String name) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new InputException(name + ":1:1 not UTF-8 text: it starts with a UTF-16 byte order mark ("
          + String.format(Locale.ROOT, "%02X %02X", bytes[0] & 0xff, bytes[1] & 0xff) + "); save the file as UTF-8");
    }
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        char c = out.get(i);
        if (c == '\n' && i > 0 && out.get(i - 1) == '\r') {
          continue;
        }
        if (c == '\n' || c == '\r') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < result.length() && in.position() + i < in.limit(); i++) {
        hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", in.get(in.position() + i) & 0xff));
      }
      throw new InputException(name + ":" + line + ":" + column + " not UTF-8 text: bytes that are not valid UTF-8 (" + hex
          + "); save the file as UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** A path as the user wrote it, with forward slashes. */
  static String nameOf(Path file) {
    return file.toString().replace('\\', '/');
  }

  private enum Kind { YAML, JSON, OUTLINE }

  private static boolean isMarkdown(Path file) {
    Path fileName = file.getFileName();
    String n = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }

  private static Optional<Kind> kindOf(Path file) {
    Path fileName = file.getFileName();
    String n = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(Kind.YAML);
    }
    if (n.endsWith(".json")) {
      return Optional.of(Kind.JSON);
    }
    if (n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".txt")) {
      return Optional.of(Kind.OUTLINE);
    }
    return Optional.empty();
  }
}
