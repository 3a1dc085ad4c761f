package dev.okr.lint;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementParser;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a linter has computed from texts alone, kept across lint calls so that linting a document
 * again after a small edit (an editor does on every keystroke) reads only the statements and titles
 * that changed: the statements its parser read, and the values rules memoised by text ({@link
 * Scope.Key#ofText}). Both depend only on the text and the linter's configuration, and are
 * immutable, so they are shared between lint calls and threads. At most {@link #LIMIT} texts are
 * kept of each kind: when full, that cache starts again empty. A linter keeps texts only when asked
 * ({@link Linter.Builder#keepTexts}): a batch of distinct documents would gain nothing from it.
 */
final class TextCache {
  /** How many texts are kept at most, per kind of value. */
  static final int LIMIT = 4096;

  private final StatementParser parser;
  private final boolean keep;
  private final ConcurrentHashMap<String, KeyResultStatement> read = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Scope.Key<?>, ConcurrentHashMap<String, Object>> memos = new ConcurrentHashMap<>();

  TextCache(StatementParser parser, boolean keep) {
    this.parser = parser;
    this.keep = keep;
  }

  /** The parser. */
  StatementParser parser() {
    return parser;
  }

  /** The statement as the parser reads {@code text}. */
  KeyResultStatement parse(String text) {
    return keep ? kept(read, text, () -> parser.parse(text)) : parser.parse(text);
  }

  /** The value of a text-only key for a text, computed by {@code compute} unless kept. */
  Object memo(Scope.Key<?> key, String text, Supplier<Object> compute) {
    return keep ? kept(memos.computeIfAbsent(key, k -> new ConcurrentHashMap<>()), text, compute) : compute.get();
  }

  /** The value kept for {@code text}, else computed and kept, the map emptied first when full. */
  private static <V> V kept(ConcurrentHashMap<String, V> values, String text, Supplier<V> compute) {
    V value = values.get(text);
    if (value == null) {
      value = compute.get();
      if (values.size() >= LIMIT) {
        values.clear();
      }
      values.put(text, value);
    }
    return value;
  }
}
