package dev.okr.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place in a document: a 1-based line and column, and optionally the {@linkplain #file() file}
 * it is in. Kept so that errors and lint findings can point at the text; never part of an
 * element's equality.
 *
 * <p>Columns are counted in UTF-16 code units, as Java strings index text and as SARIF and the
 * Language Server Protocol count by default: a character outside the Basic Multilingual Plane (an
 * emoji such as 🚀, say) takes two columns. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class SourcePosition {
  SourcePosition() {}

  /**
   * The document the position refers to, as its writer named it (e.g. {@code q3.md} or {@code
   * okrs/q3.md}); absent when the position refers to the document at hand.
   */
  @Value.Parameter(order = 0)
  public abstract Optional<String> file();

  /** The 1-based line. */
  @Value.Parameter(order = 1)
  public abstract int line();

  /** The 1-based column, in UTF-16 code units. */
  @Value.Parameter(order = 2)
  public abstract int column();

  /** The position at a line and column, both 1-based, in the document at hand. */
  public static SourcePosition of(int line, int column) {
    return ImmutableSourcePosition.of(Optional.empty(), line, column);
  }

  /**
   * The position at a line and column, both 1-based, in a named document.
   *
   * @param file the document, e.g. {@code q3.md}; not blank
   */
  public static SourcePosition of(String file, int line, int column) {
    return ImmutableSourcePosition.of(Optional.of(file), line, column);
  }

  /**
   * This position in a named document; the same line and column.
   *
   * @param file the document, e.g. {@code q3.md}; not blank
   */
  public SourcePosition inFile(String file) {
    return of(file, line(), column());
  }

  @Value.Check
  final void check() {
    file().ifPresent(f -> Constraints.nonBlank("file", f));
    if (line() < 1) {
      throw new OkrValidationException("line", line(), "must be at least 1");
    }
    if (column() < 1) {
      throw new OkrValidationException("column", column(), "must be at least 1");
    }
  }

  /** {@code 12:3}, or {@code q3.md:12:3} with a file. */
  @Override
  public String toString() {
    return file().map(f -> f + ":").orElse("") + line() + ":" + column();
  }
}
