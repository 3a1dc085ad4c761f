package dev.okr.lint;

import java.util.Objects;

/**
 * A change a rule proposes to the element it reported, in terms of the element rather than of a
 * file ({@link FindingDraft#fix(String, Edit)}); the linter turns it into a {@link Fix} of the
 * document's text when it had that text and can make the change there safely (the result stays a
 * well-formed document), and offers no fix otherwise.
 */
public sealed interface Edit {
  /**
   * Replaces characters of the element's text (its statement or title): in a YAML or JSON document,
   * only where the text is written there as it reads (no escapes), and only with plain text (letters,
   * digits, spaces, '-', '_', '.') or nothing, so that no quoting changes; never so that nothing
   * is left of the text.
   *
   * @param span the characters replaced, in the element's text; empty to insert
   * @param text the new characters
   */
  record ReplaceText(TextSpan span, String text) implements Edit {
    /**
     * Checks the new text.
     *
     * @throws IllegalArgumentException if the text is not empty and not plain
     */
    public ReplaceText {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      if (!text.isEmpty() && !Fixes.PLAIN.matcher(text.strip()).matches()) {
        throw new IllegalArgumentException("a text edit writes plain words (letters, digits, spaces, '-', '_', '.'), was \""
            + text + "\"");
      }
    }
  }

  /**
   * Adds a field the element lacks: {@code field: value} in a YAML mapping, {@code "field":
   * "value"} in a JSON object. In a Markdown or text outline only {@code kind} of an objective can
   * be added, as the tag {@code (value)} after its title.
   *
   * @param field the field's name, as the interchange form spells it (e.g. {@code kind})
   * @param value its value: a plain word
   */
  record AddField(String field, String value) implements Edit {
    /**
     * Checks the field and value.
     *
     * @throws IllegalArgumentException if either is not a plain word
     */
    public AddField {
      if (!field.matches("[A-Za-z][A-Za-z0-9]*")) {
        throw new IllegalArgumentException("a field name is a word, e.g. kind; was \"" + field + "\"");
      }
      if (!Fixes.PLAIN.matcher(value).matches() || !value.equals(value.strip())) {
        throw new IllegalArgumentException("a field's value is plain words (letters, digits, spaces, '-', '_', '.'), was \""
            + value + "\"");
      }
    }
  }
}
