package dev.okr.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finding as a rule reports it, before the linter applies the configuration (severity, minimum
 * confidence), suppressions and fingerprints. Refine it while the rule's check method runs.
 */
public final class FindingDraft {
  final Scope at;
  final String message;
  @Nullable TextSpan span;
  double confidence = 1.0;
  @Nullable String suggestion;
  /** The fixes proposed, as titles and edits, in the order given. */
  final List<Proposed> fixes = new ArrayList<>(1);

  /** A fix a rule proposed: what it does and the edit. */
  record Proposed(String title, Edit edit) {}

  FindingDraft(Scope at, String message) {
    this.at = Objects.requireNonNull(at, "at");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * The offending characters {@code [start, end)} of the element's {@linkplain Scope#text() text};
   * clamped to the text.
   */
  public FindingDraft span(int start, int end) {
    int length = at.text().length();
    int s = Math.max(0, Math.min(start, length));
    this.span = TextSpan.of(s, Math.max(s, Math.min(end, length)));
    return this;
  }

  /** The offending characters of the element's text. */
  public FindingDraft span(TextSpan span) {
    return span(span.start(), span.end());
  }

  /**
   * How sure a heuristic rule is, in [0, 1]; 1 unless set. Findings below the configured {@link
   * LintConfig#minConfidence()} are dropped.
   */
  public FindingDraft confidence(double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1], was " + confidence);
    }
    this.confidence = confidence;
    return this;
  }

  /** A rewrite the user may accept, e.g. "Rewrite as an outcome: 'Increase ... from ... to ...'". */
  public FindingDraft suggestion(String suggestion) {
    this.suggestion = Objects.requireNonNull(suggestion, "suggestion");
    return this;
  }

  /**
   * A fix the user may apply, as an edit of the element: the linter offers it as a {@link Fix} of
   * the document's text ({@link Finding#fixes()}) when it can make the edit there safely, and not
   * otherwise. Keep the {@linkplain #suggestion(String) suggestion} too: it is shown where fixes are
   * not.
   *
   * @param title what the fix does, e.g. "Label the objective committed"
   */
  public FindingDraft fix(String title, Edit edit) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(edit, "edit");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a fix needs a title");
    }
    fixes.add(new Proposed(title, edit));
    return this;
  }
}
