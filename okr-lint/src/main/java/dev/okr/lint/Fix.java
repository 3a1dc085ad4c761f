package dev.okr.lint;

import java.util.List;
import java.util.Objects;

/**
 * An edit that fixes a finding, or silences it with a suppression, as a client may offer it (an
 * editor's quick fix): what it does, in a few words, and the replacements to make in the text of
 * the document the finding was read from. The linter offers a fix only when it had that text
 * ({@link Document#fileText()} or {@link Document#outlineText()}) and the edited text stays a
 * well-formed document of its format; it never applies one itself.
 *
 * @param title what the fix does, e.g. "Label the objective committed"
 * @param replacements the changes, in document order, none overlapping another
 */
public record Fix(String title, List<Replacement> replacements) {

  /**
   * Checks the fix.
   *
   * @throws IllegalArgumentException if the title is blank, there are no replacements, or they are
   *     out of order or overlap
   */
  public Fix {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a fix needs a title");
    }
    replacements = List.copyOf(replacements);
    if (replacements.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one replacement");
    }
    for (int i = 1; i < replacements.size(); i++) {
      if (replacements.get(i).startOffset() < replacements.get(i - 1).endOffset()) {
        throw new IllegalArgumentException("the replacements of a fix come in document order without overlapping");
      }
    }
  }

  /** A fix of one replacement. */
  public static Fix of(String title, Replacement replacement) {
    return new Fix(title, List.of(replacement));
  }

  /**
   * The text after the fix, given the text it was made for.
   *
   * @throws IllegalArgumentException if a replacement lies beyond the end of {@code text}
   */
  public String applyTo(String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (Replacement r : replacements) {
      if (r.endOffset() > text.length()) {
        throw new IllegalArgumentException("the replacement at " + r.startLine() + ":" + r.startColumn()
            + " ends at offset " + r.endOffset() + ", beyond the text's " + text.length() + " characters");
      }
      out.append(text, at, r.startOffset()).append(r.text());
      at = r.endOffset();
    }
    return out.append(text, at, text.length()).toString();
  }
}
