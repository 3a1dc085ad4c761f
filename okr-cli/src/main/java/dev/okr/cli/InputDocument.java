package dev.okr.cli;

import dev.okr.core.OkrSet;
import dev.okr.core.io.DocumentFormat;
import dev.okr.core.io.OkrReader;
import dev.okr.core.outline.OutlineImport;
import dev.okr.core.outline.UnplacedLine;
import dev.okr.lint.Document;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An OKR document read from a file: a YAML or JSON document in the interchange form, or a Markdown
 * or plain-text outline read by {@link OutlineImport}, with the lines the outline importer could
 * not place.
 *
 * @param name the file as the user named it, with {@code /} separators: what messages show
 * @param set the OKRs
 * @param outlineText the outline's text, for an outline
 * @param unplaced the outline's lines that are not an objective, key result or initiative
 */
record InputDocument(String name, OkrSet set, Optional<String> outlineText, List<UnplacedLine> unplaced) {

  /** The extensions read, with their kind. */
  static final String SUPPORTED = ".yaml, .yml, .json (interchange form), .md, .markdown, .txt (outlines)";

  InputDocument {
    unplaced = List.copyOf(unplaced);
  }

  /** Whether the document is an outline. */
  boolean isOutline() {
    return outlineText.isPresent();
  }

  /** The document as the linter takes it: an outline with the lines its reader did not place. */
  Document forLint() {
    return outlineText.map(text -> Document.outline(set, name, text, unplaced)).orElseGet(() -> Document.of(set, name));
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
    if (kind == Kind.OUTLINE) {
      OutlineImport imported = OutlineImport.read(text);
      return new InputDocument(name, imported.okrSet(), Optional.of(text), imported.unplaced());
    }
    OkrSet set = OkrReader.of(kind == Kind.JSON ? DocumentFormat.JSON : DocumentFormat.YAML).read(text, name);
    return new InputDocument(name, set, Optional.empty(), List.of());
  }

  /**
   * The files to read for these paths: files as given, directories searched (recursively, in name
   * order) for files of a supported type.
   *
   * @throws InputException when a path does not exist or a directory holds no such file
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          List<Path> found = walk.filter(Files::isRegularFile).filter(p -> kindOf(p).isPresent()).sorted().toList();
          if (found.isEmpty()) {
            throw new InputException(nameOf(path) + ": no file of a supported type (" + SUPPORTED + ")");
          }
          files.addAll(found);
        } catch (IOException e) {
          throw new InputException(Errors.describe(e, nameOf(path)), e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** The text of a UTF-8 file; a byte order mark is dropped. */
  static String readText(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputException(nameOf(file) + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new InputException(Errors.describe(e, nameOf(file)), e);
    }
  }

  /** A path as the user wrote it, with forward slashes. */
  static String nameOf(Path file) {
    return file.toString().replace('\\', '/');
  }

  private enum Kind { YAML, JSON, OUTLINE }

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
