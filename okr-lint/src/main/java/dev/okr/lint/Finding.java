package dev.okr.lint;

import dev.okr.core.SourcePosition;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One thing a rule found: which rule, how serious, what is wrong, where (path, span, file
 * position), a suggested rewrite when one can be given, edits that fix or suppress it when the
 * linter had the document's text, how sure the rule is, and a fingerprint that survives edits
 * elsewhere in the document.
 */
@Value.Immutable
public interface Finding {

  /** Whether a finding counts. */
  enum Status {
    /** Counts: shown and fails a build at its severity. */
    ACTIVE,
    /** Silenced by a suppression written on the element, with a reason. */
    SUPPRESSED,
    /** Known before: listed in the baseline file. */
    BASELINED
  }

  /** The id of the rule that found it. */
  String ruleId();

  /** Its severity, after configuration. */
  Severity severity();

  /** The rule's category. */
  Category category();

  /** What is wrong, in one sentence. */
  String message();

  /**
   * The element's path, e.g. {@code objectives[1].keyResults[0]}; empty for the whole document and
   * for a line of an outline that its reader did not place ({@link Document#unplaced()}).
   */
  String path();

  /** The element's id, if it has one. */
  Optional<String> elementId();

  /** The element's statement or title, as written; spans refer to it. */
  String text();

  /**
   * The offending characters of {@link #text()}, when the rule could point at them, in UTF-16 code
   * units ({@link TextSpan}; {@link TextSpan#codePointStart(String)} counts in code points).
   */
  Optional<TextSpan> span();

  /** The file the document was read from, when known. */
  Optional<String> file();

  /**
   * The line and column in the file: in a Markdown or text outline, of the span's first character
   * when there is a span; else of the element as its reader recorded it (for YAML and JSON, where
   * the element's mapping starts). Its column counts UTF-16 code units, as Java, JavaScript, the
   * Language Server Protocol and SARIF do; {@link #codePointColumn()} counts code points.
   */
  Optional<SourcePosition> position();

  /**
   * The column of {@link #position()} counted in code points, as Python indexes strings: one less
   * than the UTF-16 column for each character outside the Basic Multilingual Plane (an emoji such
   * as 🚀) before it on its line. Present with a position when the linter had the document's text
   * ({@link Document#outlineText()} or {@link Document#fileText()}); a combining mark counts as a
   * code point of its own in both.
   */
  OptionalInt codePointColumn();

  /** A rewrite the user may accept; never applied silently. */
  Optional<String> suggestion();

  /**
   * Edits of the document's text that fix the finding or silence it, for a client to offer (an
   * editor's quick fixes); never applied by the linter. Present only when the linter had the
   * document's text ({@link Document#fileText()}, {@link Document#outlineText()}) and each edit keeps
   * the document well-formed: a rule's own fix (e.g. labelling an objective committed), then, for an
   * active finding on an element, a suppression of the rule on that element with a reason to fill in.
   */
  java.util.List<Fix> fixes();

  /** How sure the rule is, in [0, 1]; 1 for structural rules. */
  double confidence();

  /**
   * A stable hash of the rule id, the kind of element and its normalised text (lower case, single
   * spaces, no trailing full stop); unchanged by edits to other elements, by moves and renumbering,
   * and by changes of case and spacing. Two findings of one rule on equal texts share it; a {@link
   * Baseline} counts them.
   */
  String fingerprint();

  /** Whether the finding counts; {@code ACTIVE} unless suppressed or baselined. */
  @Value.Default
  default Status status() {
    return Status.ACTIVE;
  }

  /** Why a suppressed or baselined finding does not count. */
  Optional<String> justification();

  /** Whether the finding counts. */
  default boolean isActive() {
    return status() == Status.ACTIVE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  final class Builder extends ImmutableFinding.Builder {}
}
