package dev.okr.lint;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementParser;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A linter's statement parser with the statements it has read, so that linting a document again
 * after a small edit (an editor does on every keystroke) reads only the statements and titles that
 * changed. The parser's result depends only on the text and the linter's vocabulary, and statements
 * are immutable, so they are shared between lint calls and threads. At most {@link #LIMIT} are kept:
 * when full, the cache starts again empty.
 */
final class Statements {
  /** How many statements are kept at most. */
  static final int LIMIT = 4096;

  private final StatementParser parser;
  private final ConcurrentHashMap<String, KeyResultStatement> read = new ConcurrentHashMap<>();

  Statements(StatementParser parser) {
    this.parser = parser;
  }

  /** The parser. */
  StatementParser parser() {
    return parser;
  }

  /** The statement as the parser reads {@code text}. */
  KeyResultStatement parse(String text) {
    KeyResultStatement s = read.get(text);
    if (s == null) {
      s = parser.parse(text);
      if (read.size() >= LIMIT) {
        read.clear();
      }
      read.put(text, s);
    }
    return s;
  }
}
