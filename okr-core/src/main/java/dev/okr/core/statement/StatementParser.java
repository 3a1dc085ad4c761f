package dev.okr.core.statement;

import static java.util.Objects.requireNonNull;

import dev.okr.core.KeyResult;

/**
 * Reads key-result statements with a {@link Vocabulary}. Build one per vocabulary and share it: a
 * parser is immutable and thread-safe.
 *
 * <p>The parser is a hand-written scanner: it never throws on any string, and its time is linear
 * in the length of the text (no regular expressions, lookahead and lookbehind of a few words).
 */
public final class StatementParser {
  private static final StatementParser STANDARD = new StatementParser(Vocabulary.defaults());

  private final Vocabulary vocabulary;
  private final Lexicon lexicon;

  private StatementParser(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.lexicon = new Lexicon(vocabulary);
  }

  /** The parser with the {@linkplain Vocabulary#defaults() default vocabulary}. */
  public static StatementParser standard() {
    return STANDARD;
  }

  /** A parser with this vocabulary. */
  public static StatementParser of(Vocabulary vocabulary) {
    return new StatementParser(requireNonNull(vocabulary, "vocabulary"));
  }

  /** The vocabulary this parser uses. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Reads a statement. Never throws on a non-null string.
   *
   * @param text the statement as written
   */
  public KeyResultStatement parse(String text) {
    return new Reading(requireNonNull(text, "text"), lexicon).read();
  }

  /**
   * The measurement of a key result with what its statement adds, read with this parser's
   * vocabulary; see {@link ResolvedMeasurement}.
   */
  public ResolvedMeasurement resolve(KeyResult keyResult) {
    return Resolution.of(keyResult, parse(keyResult.statement()));
  }
}
