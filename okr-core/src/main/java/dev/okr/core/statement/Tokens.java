package dev.okr.core.statement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A statement cut into tokens by one left-to-right pass over its chars: words, numbers, single
 * punctuation marks and bracketed placeholders ("[baseline]"). Whitespace only separates tokens.
 *
 * <p>A word is a run of letters, digits and marks, with inner hyphens and apostrophes ("Day-7",
 * "time-to-first-value", "90-day", "quarter’s"). A number is ASCII digits with optional thousands
 * commas and decimals ("10,000", "99.95"); letters stuck to a number split off when they are a unit
 * or multiplier ("10k", "3.5s", "2x"), and otherwise make the whole a word ("2FA", "3rd"). The
 * arrays are parallel, indexed by token.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte PUNCT = 3;
  static final byte SLOT = 4;

  /** What a token was taken for, in {@link #use}: nothing yet, a deadline, a number's role. */
  static final byte FREE = 0;
  static final byte DEADLINE = 1;
  static final byte ROLE = 2;
  /** A reported score or status after the statement ("(0.7)", "--> 66%"): not part of it. */
  static final byte NOISE = 3;

  /** Longest placeholder read as a slot, brackets included. */
  private static final int MAX_SLOT = 40;
  /** Integer digits beyond which a number is not read (a value that long is not a measurement). */
  private static final int MAX_DIGITS = 15;
  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  /** Capacity above which a thread's scratch tokens are not kept for the next statement. */
  private static final int MAX_KEPT = 1024;
  private static final ThreadLocal<Tokens> SCRATCH = new ThreadLocal<>();
  private static final String[] NO_WORDS = new String[0];

  String text = "";
  int size;
  /** Whether a reading is using these tokens; a nested reading on the same thread gets its own. */
  private boolean busy;
  byte[] kind;
  int[] start;
  int[] end;
  /** Whether whitespace, or the start of the text, comes just before the token. */
  boolean[] space;
  /**
   * WORD: the lowercase word, with ’ read as ', made on first use; SLOT: the lowercase content;
   * else null. Allocated per statement, unlike the other arrays.
   */
  String[] word = NO_WORDS;
  /**
   * The words the scan itself sets (a unit stuck to a number, a placeholder's content), moved into
   * {@link #word} once the token count is known. Rare, so storing them into this long-lived array
   * costs little; {@link #word} itself is made fresh per statement at its exact size, since storing
   * new strings into a long-lived array costs a GC barrier each.
   */
  private String[] presets;
  /** PUNCT: the code point. */
  int[] symbol;
  /** NUMBER: the value; NaN when it has too many digits to be a measurement. */
  double[] value;
  /** NUMBER: digits before the decimal point, or -1 when written with thousands separators. */
  int[] digits;
  /** NUMBER: digits after the decimal point. */
  int[] decimals;
  /** NUMBER: the digits as an integer, when at most 15 significant; else -1. */
  long[] mantissa;
  /** Per token, free for the reading's own use: what the token was taken for. */
  byte[] use;
  /** Per token, free for the reading's own use: the depth of parentheses. */
  int[] depth;
  /** Room to lowercase a word in. */
  private char[] buffer = new char[32];

  private Tokens(int capacity) {
    kind = new byte[capacity];
    presets = new String[capacity];
    start = new int[capacity];
    end = new int[capacity];
    space = new boolean[capacity];
    symbol = new int[capacity];
    value = new double[capacity];
    digits = new int[capacity];
    decimals = new int[capacity];
    mantissa = new long[capacity];
    use = new byte[capacity];
    depth = new int[capacity];
  }

  /**
   * Cuts {@code text} into tokens. The arrays are the calling thread's scratch space, reused from
   * one statement to the next: call {@link #release()} when done with them.
   */
  static Tokens scan(String text) {
    Tokens t = SCRATCH.get();
    if (t == null || t.busy) {
      t = new Tokens(64);
      if (SCRATCH.get() == null) {
        SCRATCH.set(t);
      }
    }
    t.busy = true;
    t.text = text;
    t.size = 0;
    t.scanAll();
    t.markBarePlaceholders();
    t.word = t.takePresets();
    java.util.Arrays.fill(t.use, 0, t.size, FREE);
    t.computeDepth();
    return t;
  }

  /**
   * Turns into slots the bare placeholders an author left to fill in, as the bracketed ones are:
   * "$N", "X%", "from X to Y", "X -> Y", "reach N". A bare capital letter ({@code N}, {@code M},
   * {@code X}, {@code Y}, {@code Z}, optionally with one digit) or {@code TBD} is one only where a
   * number belongs: after a currency sign, before a percent sign, paired with another placeholder
   * across "to" or an arrow, after a word that introduces a level ("to", "reach", "hit", "at", "by", ...), or
   * before the plural noun it counts, at the start or after the leading verb ("N customers renew",
   * "Hire N senior engineers"). Elsewhere it stays a word ("Feature X", "Gen Z").
   */
  private void markBarePlaceholders() {
    for (int i = 0; i < size; i++) {
      if (!isBarePlaceholder(i) || kind[i] == SLOT) {
        continue;
      }
      boolean slot = isCurrency(symbolAt(i - 1)) && !space[i] || isPunctAt(i + 1, '%') && !space[i + 1];
      int partner = pairedAcross(i);
      if (partner >= 0) {
        slot = true;
        makeSlot(partner);
      }
      if (!slot && i > 0 && kind[i - 1] == WORD && LEVEL_WORDS.contains(lower(start[i - 1], end[i - 1]))) {
        char c = text.charAt(start[i]);
        // "reach N", "to TBD"; "to X" only before what it counts ("to X users"), not "migrate to X"
        slot = c == 'N' || c == 'T' || i + 1 < size && kind[i + 1] == WORD && Character.isLowerCase(text.charAt(start[i + 1]))
            || isTo(i - 1) && numberBefore(i - 1, false);
      }
      if (!slot && i > 0 && kind[i - 1] == WORD && end[i - 1] - start[i - 1] == 4
          && text.regionMatches(true, start[i - 1], "from", 0, 4)) {
        // "from TBD to 3%", "from X to 40%": where a measure starts, left to fill in
        slot = text.charAt(start[i]) == 'T' || numberAfterTo(i);
      }
      if (!slot && (leadsCount(i) || countedAfterVerb(i))) {
        slot = true; // "X developers activated ...", "N customers on the new plan", "Hire N senior engineers"
      }
      if (!slot && arrowStart(i - 1) >= 0 && numberBefore(arrowStart(i - 1), true)) {
        slot = true; // "42 -> Y"
      }
      if (slot) {
        makeSlot(i);
      }
    }
  }

  /** Words after which a bare placeholder stands for a level: "to N", "reach N", "hit $N", "at N", "up by N". */
  private static final Set<String> LEVEL_WORDS = Set.of("to", "reach", "reaches", "hit", "hits", "exceed",
      "exceeds", "above", "below", "under", "over", "least", "most", "of", "at", "by");

  /** Whether token {@code i} is written as a bare placeholder: N, M, X, Y, Z (with one digit) or TBD. */
  private boolean isBarePlaceholder(int i) {
    if (kind[i] != WORD && kind[i] != SLOT) {
      return false;
    }
    int len = end[i] - start[i];
    char c = text.charAt(start[i]);
    if (len == 3) {
      return text.startsWith("TBD", start[i]);
    }
    return (len == 1 || len == 2 && isDigit(text.charAt(start[i] + 1)))
        && (c == 'N' || c == 'M' || c == 'X' || c == 'Y' || c == 'Z');
  }

  /**
   * The placeholder paired with the one at {@code i} across "to" or an arrow ("X to Y", "$X -> $N",
   * "X days to Y hours"), or -1.
   */
  private int pairedAcross(int i) {
    int k = otherEnd(i);
    return k >= 0 && isBarePlaceholder(k) ? k : -1;
  }

  /**
   * The token at the other end of "to" or an arrow after token {@code i}, past a percent sign or a
   * unit word before it and a currency sign after it ("X% to 40%", "X days -> $Y"), or -1.
   */
  private int otherEnd(int i) {
    int j = i + 1;
    if (isPunctAt(j, '%')) {
      j++;
    }
    if (j < size && kind[j] == WORD && j + 1 < size && !isBarePlaceholder(j)
        && Character.isLowerCase(text.charAt(start[j])) && !isTo(j)) {
      j++; // a unit between: "X days to Y hours"
    }
    if (isTo(j)) {
      j++;
    } else {
      j = arrowEnd(j);
      if (j < 0) {
        return -1;
      }
    }
    if (j < size && isCurrency(symbolAt(j))) {
      j++;
    }
    return j < size ? j : -1;
  }

  private boolean isTo(int j) {
    return j < size && kind[j] == WORD && end[j] - start[j] == 2 && text.regionMatches(true, start[j], "to", 0, 2);
  }

  /**
   * Whether the number at the other end of "to" or an arrow ends just before {@code i}, with at most
   * a unit between: "42 -> Y", "42% -> Y"; before "to" only after "from" ("from 42 days to Y"), so
   * that "Move 3 teams to Y" is left alone.
   */
  private boolean numberBefore(int i, boolean arrow) {
    int k = i - 1;
    if (k >= 1 && kind[k] != NUMBER && (isPunctAt(k, '%') || kind[k] == WORD)) {
      k--;
    }
    if (k < 0 || kind[k] != NUMBER) {
      return false;
    }
    if (arrow) {
      return true;
    }
    int f = isCurrency(symbolAt(k - 1)) ? k - 2 : k - 1;
    return f >= 0 && kind[f] == WORD && end[f] - start[f] == 4 && text.regionMatches(true, start[f], "from", 0, 4);
  }

  /**
   * Whether "to" or an arrow follows token {@code i} (after a percent sign or a unit word at most),
   * and then a number: "X to 40%", "X% -> 12%".
   */
  private boolean numberAfterTo(int i) {
    int k = otherEnd(i);
    return k >= 0 && kind[k] == NUMBER;
  }


  /**
   * Whether the placeholder at {@code i} opens the statement (or follows a label's colon or dash)
   * and counts the plural noun after it: "X developers activated", "KR2: N customers renew".
   */
  private boolean leadsCount(int i) {
    if (text.charAt(start[i]) == 'T' || i + 1 >= size || kind[i + 1] != WORD) {
      return false;
    }
    int p = i - 1;
    if (p >= 0 && !(kind[p] == PUNCT && (symbol[p] == ':' || symbol[p] == '-' || symbol[p] == ')' || symbol[p] == '\u2013'))) {
      return false;
    }
    int len = end[i + 1] - start[i + 1];
    char c = text.charAt(start[i + 1]);
    char last = text.charAt(end[i + 1] - 1);
    return len > 3 && c >= 'a' && c <= 'z' && last == 's' && text.charAt(end[i + 1] - 2) != 's';
  }

  /** Words looked past a bare N for the plural noun it counts: "Hire N senior data engineers". */
  private static final int COUNTED_LOOKAHEAD = 3;

  /**
   * Whether a bare N or X right after the statement's first word, written with a capital as a verb is
   * ("Hire N senior engineers", "Onboard N partners", "Hire N SDRs", "Generate X qualified leads"),
   * counts the plural noun after it,
   * with at most two lower-case words between.
   */
  private boolean countedAfterVerb(int i) {
    int p = i - 1;
    if (end[i] - start[i] != 1 || text.charAt(start[i]) != 'N' && text.charAt(start[i]) != 'X' || p < 0 || kind[p] != WORD
        || !Character.isUpperCase(text.charAt(start[p])) || end[p] - start[p] < 3) {
      return false;
    }
    if (p > 0 && !(kind[p - 1] == SLOT || kind[p - 1] == PUNCT && (symbol[p - 1] == ':' || symbol[p - 1] == '-'
        || symbol[p - 1] == ')' || symbol[p - 1] == '\u2013' || symbol[p - 1] == ']'))) {
      return false;
    }
    for (int j = i + 1; j <= i + COUNTED_LOOKAHEAD && j < size && kind[j] == WORD; j++) {
      int len = end[j] - start[j];
      char c = text.charAt(start[j]);
      if (len >= 3 && text.charAt(end[j] - 1) == 's' && isCapitals(start[j], end[j] - 1)) {
        return true; // "Hire N SDRs"
      }
      if (c < 'a' || c > 'z') {
        return false;
      }
      if (len > 3 && text.charAt(end[j] - 1) == 's' && text.charAt(end[j] - 2) != 's') {
        return true;
      }
    }
    return false;
  }

  /** Whether the chars from {@code from} to {@code to} are all ASCII capitals. */
  private boolean isCapitals(int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (ch < 'A' || ch > 'Z') {
        return false;
      }
    }
    return true;
  }

  private void makeSlot(int i) {
    if (kind[i] != SLOT) {
      kind[i] = SLOT;
      presets[i] = lower(start[i], end[i]);
    }
  }

  private boolean isPunctAt(int i, int cp) {
    return i >= 0 && i < size && kind[i] == PUNCT && symbol[i] == cp;
  }

  private int symbolAt(int i) {
    return i >= 0 && i < size && kind[i] == PUNCT ? symbol[i] : -1;
  }

  private static boolean isCurrency(int cp) {
    return cp == '$' || cp == '\u20AC' || cp == '\u00A3' || cp == '\u00A5';
  }

  /** A fresh {@link #word} array with the words the scan set, which it clears from {@link #presets}. */
  private String[] takePresets() {
    if (size == 0) {
      return NO_WORDS;
    }
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      if (presets[i] != null) {
        words[i] = presets[i];
        presets[i] = null;
      }
    }
    return words;
  }

  /** Sets {@link #depth}: how many parentheses are open at each token. */
  private void computeDepth() {
    int d = 0;
    for (int i = 0; i < size; i++) {
      if (isPunct(i, ')') && d > 0) {
        d--;
      }
      depth[i] = d;
      if (isPunct(i, '(')) {
        d++;
      }
    }
  }

  /** Gives the arrays back to the thread; a very long statement's arrays are let go. */
  void release() {
    busy = false;
    text = "";
    word = NO_WORDS;
    if (kind.length > MAX_KEPT && SCRATCH.get() == this) {
      SCRATCH.remove();
    }
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isWord(int i, String w) {
    if (i < 0 || i >= size || kind[i] != WORD || end[i] - start[i] != w.length()) {
      return false;
    }
    String known = word[i];
    return known != null ? w.equals(known) : text.regionMatches(true, start[i], w, 0, w.length());
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind[i] == NUMBER && !Double.isNaN(value[i]);
  }

  boolean isPunct(int i, int cp) {
    return i >= 0 && i < size && kind[i] == PUNCT && symbol[i] == cp;
  }

  /** The code point of PUNCT token {@code i}, or -1 when it is not one. */
  int symbol(int i) {
    return isPunct(i) ? symbol[i] : -1;
  }

  /** The token after an arrow ("→", "⇒", "->", "-->", "=>") that starts at token {@code k}, or -1. */
  int arrowEnd(int k) {
    if (isPunct(k, '\u2192') || isPunct(k, '\u21D2') || isPunct(k, '\u27F6')) {
      return k + 1;
    }
    int j = k;
    while ((isPunct(j, '-') || isPunct(j, '=')) && (j == k || attached(j))) {
      j++;
    }
    return j > k && isPunct(j, '>') && attached(j) ? j + 1 : -1;
  }

  /** Whether an arrow ("→", "⇒", "⟶", "->", "=>", "-->") ends at token {@code k}. */
  boolean arrowEndsAt(int k) {
    return isPunct(k, '\u2192') || isPunct(k, '\u21D2') || isPunct(k, '\u27F6')
        || isPunct(k, '>') && attached(k) && (isPunct(k - 1, '-') || isPunct(k - 1, '='));
  }

  /** The first token of the arrow that ends at token {@code k}, or -1 when none does. */
  private int arrowStart(int k) {
    if (isPunct(k, '\u2192') || isPunct(k, '\u21D2') || isPunct(k, '\u27F6')) {
      return k;
    }
    if (!isPunct(k, '>') || !attached(k) || !isPunct(k - 1, '-') && !isPunct(k - 1, '=')) {
      return -1;
    }
    int j = k - 1;
    while ((isPunct(j - 1, '-') || isPunct(j - 1, '=')) && attached(j)) {
      j--;
    }
    return j;
  }

  boolean isPunct(int i) {
    return i >= 0 && i < size && kind[i] == PUNCT;
  }

  /** Whether token {@code i} follows token {@code i - 1} with no whitespace between. */
  boolean attached(int i) {
    return i > 0 && i < size && !space[i];
  }

  /** The lowercase word at {@code i}, or "" when it is not a word. */
  String w(int i) {
    return isWord(i) ? word(i) : "";
  }

  /** The lowercase word at WORD token {@code i} (with ’ read as '), made on first use. */
  String word(int i) {
    String w = word[i];
    if (w == null) {
      w = lower(start[i], end[i]);
      word[i] = w;
    }
    return w;
  }

  /** The first char of token {@code i}, lowercase if ASCII. */
  char first(int i) {
    char c = text.charAt(start[i]);
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The length of token {@code i} in chars. */
  int length(int i) {
    return end[i] - start[i];
  }

  private void scanAll() {
    String s = text;
    int n = s.length();
    int i = 0;
    boolean sp = true;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 128) {
        byte cls = ASCII[c];
        if (cls == SPACE) {
          sp = true;
          i++;
          continue;
        }
        if (cls == DIGIT) {
          i = number(i, sp);
        } else if (cls == LETTER) {
          i = word(i, sp);
        } else if (c == '[') {
          i = slotOrPunct(i, sp);
        } else {
          int k = add(PUNCT, i, i + 1, sp);
          symbol[k] = c;
          i++;
        }
        sp = false;
        continue;
      }
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF') {
        sp = true;
        i += len;
        continue;
      }
      if (cp >= '0' && cp <= '9') {
        i = number(i, sp);
      } else if (isWordChar(cp)) {
        i = word(i, sp);
      } else if (cp == '[') {
        i = slotOrPunct(i, sp);
      } else {
        int k = add(PUNCT, i, i + len, sp);
        symbol[k] = cp;
        i += len;
      }
      sp = false;
    }
  }

  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte DIGIT = 2;
  private static final byte LETTER = 3;
  /** The class of each ASCII char, as the scanner sees it. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : c >= '0' && c <= '9' ? DIGIT
          : Character.isLetter(c) ? LETTER : OTHER;
    }
  }

  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return ASCII[cp] >= DIGIT;
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isJoiner(int cp) {
    return cp == '-' || cp == '\'' || cp == '\u2019' || cp == '_' || cp == '\u2011';
  }

  /** Scans a word starting at {@code from}; returns the index after it. */
  private int word(int from, boolean sp) {
    int j = wordEnd(from);
    add(WORD, from, j, sp);
    return j;
  }

  private int wordEnd(int from) {
    String s = text;
    int n = s.length();
    int j = from;
    while (j < n) {
      char c = s.charAt(j);
      if (c < 128 && ASCII[c] >= DIGIT) {
        j++;
        continue;
      }
      int cp = s.codePointAt(j);
      if (isWordChar(cp)) {
        j += Character.charCount(cp);
      } else if (isJoiner(cp) && j + 1 < n && isWordChar(s.codePointAt(j + 1))) {
        if (cp == '-' && j == from + 3 && isDigit(s.charAt(j + 1)) && s.regionMatches(true, from, "sub", 0, 3)) {
          break; // "sub-2.5s": a bound before a number, read as "sub 2.5s"
        }
        j += 1;
      } else if (cp == '.' && j > from && isDigit(s.charAt(j - 1)) && j + 1 < n
          && (isDigit(s.charAt(j + 1)) || isWildcardPart(j + 1))) {
        j += 1; // "v4.0", "KR2.1", "Apache-2.0", "v3.x": a version or label, one word
      } else {
        break;
      }
    }
    return j;
  }

  private int number(int from, boolean sp) {
    String s = text;
    int n = s.length();
    int j = from;
    long mantissa = 0;
    int significant = 0;
    int intDigits = 0;
    boolean grouped = false;
    while (j < n && isDigit(s.charAt(j))) {
      int d = s.charAt(j) - '0';
      if (significant > 0 || d != 0) {
        significant++;
      }
      if (significant <= 18) {
        mantissa = mantissa * 10 + d;
      }
      intDigits++;
      j++;
    }
    while (j < n && s.charAt(j) == ',' && (grouped || intDigits <= 3) && allDigits(j + 1, j + 4)
        && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
      for (int c = j + 1; c < j + 4; c++) {
        int d = s.charAt(c) - '0';
        if (significant > 0 || d != 0) {
          significant++;
        }
        if (significant <= 18) {
          mantissa = mantissa * 10 + d;
        }
      }
      intDigits += 3;
      grouped = true;
      j += 4;
    }
    int dec = 0;
    if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
      j++;
      while (j < n && isDigit(s.charAt(j))) {
        int d = s.charAt(j) - '0';
        if (significant > 0 || d != 0) {
          significant++;
        }
        if (significant <= 18) {
          mantissa = mantissa * 10 + d;
          dec++;
        }
        j++;
      }
    }
    int numberEnd = j;
    // "1.29.3", "31.12.2026": a version or a date, one word; "3.x", "1.27.x": a line of versions.
    if (j + 1 < n && s.charAt(j) == '.' && (dec > 0 && isDigit(s.charAt(j + 1)) || isWildcardPart(j + 1))) {
      return word(from, sp);
    }
    // "30-day", "24-hour": a number joined to a word by a hyphen is a word.
    if (j + 1 < n && (s.charAt(j) == '-' || s.charAt(j) == '\u2011') && Character.isLetter(s.codePointAt(j + 1))) {
      return word(from, sp);
    }
    int unitStart = dec == 0 && !grouped && intDigits <= 3 ? compoundDuration(j) : -1;
    if (unitStart > 0) {
      // "3h10m", "2h40": hours and minutes, one number of minutes; "7m30s": one number of seconds
      int smallAt = j + 1;
      int small = 0;
      while (smallAt < n && isDigit(s.charAt(smallAt))) {
        small = small * 10 + (s.charAt(smallAt++) - '0');
      }
      long total = mantissa * 60 + small;
      int k = add(NUMBER, from, unitStart, sp);
      digits[k] = -1;
      decimals[k] = 0;
      this.mantissa[k] = total;
      value[k] = total;
      // the unit's token is the letters after the small part, or, with none ("2h40"), "h40"
      int end = unitStart == j ? smallAt : wordEnd(unitStart);
      int w = add(WORD, unitStart, end, false);
      presets[w] = s.charAt(j) == 'm' ? "s" : "min";
      return end;
    }
    if (j < n && Character.isLetter(s.codePointAt(j))) {
      int k = j;
      while (k < n && Character.isLetter(s.codePointAt(k))) {
        k += Character.charCount(s.codePointAt(k));
      }
      boolean moreWord = k < n && isWordChar(s.codePointAt(k));
      String suffix = lower(j, k);
      // "3D viewer": a capital D stuck to a number names a thing; "3d" is three days
      if (moreWord || !Lexicon.isAttachedSuffix(suffix) || s.charAt(j) == 'D' && k == j + 1) {
        return word(from, sp);
      }
      addNumber(from, numberEnd, sp, mantissa, significant, dec, intDigits, grouped);
      int w = add(WORD, j, k, false);
      presets[w] = suffix;
      return k;
    }
    addNumber(from, numberEnd, sp, mantissa, significant, dec, intDigits, grouped);
    return numberEnd;
  }

  /**
   * Where the smaller unit of a duration written as one word starts, when the letters after a
   * number at {@code j} are "h", one or two digits (below 60) and "m", "min" or "mins" ("3h10m",
   * "1h5min"), "h" and two digits with no unit ("2h40"), or "m", one or two digits and "s", "sec" or
   * "secs" ("7m30s"); {@code j} itself for "2h40"; else -1. A capital M is millions, not minutes.
   */
  private int compoundDuration(int j) {
    String s = text;
    int n = s.length();
    char big = j + 2 < n ? s.charAt(j) : ' ';
    boolean hours = big == 'h' || big == 'H';
    if (!hours && big != 'm' || !isDigit(s.charAt(j + 1))) {
      return -1;
    }
    int m = j + 2;
    if (m < n && isDigit(s.charAt(m))) {
      m++;
    }
    int small = m - j - 1 == 2 ? (s.charAt(j + 1) - '0') * 10 + s.charAt(j + 2) - '0' : s.charAt(j + 1) - '0';
    int e = m;
    while (e < n && (s.charAt(e) | 0x20) >= 'a' && (s.charAt(e) | 0x20) <= 'z') {
      e++;
    }
    if (small >= 60 || e < n && isWordChar(s.codePointAt(e))) {
      return -1;
    }
    int len = e - m;
    if (hours && len == 0) {
      return m - j == 3 ? j : -1; // "2h40", not "2h4"
    }
    boolean unit = hours
        ? len == 1 && (s.charAt(m) | 0x20) == 'm' || (len == 3 || len == 4) && s.regionMatches(true, m, "mins", 0, len)
        : len == 1 && (s.charAt(m) | 0x20) == 's' || (len == 3 || len == 4) && s.regionMatches(true, m, "secs", 0, len);
    return unit ? m : -1;
  }

  /** Whether an "x" that ends a version line starts at {@code i}: the x of "3.x", "1.27.x". */
  private boolean isWildcardPart(int i) {
    String s = text;
    return i < s.length() && (s.charAt(i) | 0x20) == 'x' && (i + 1 >= s.length() || !isWordChar(s.codePointAt(i + 1)));
  }

  /**
   * The value of number token {@code k} times 10^{@code exponent}, rounded once from the exact
   * decimal when the digits allow it: "1.2" with exponent 6 is exactly 1,200,000.
   */
  double scaled(int k, int exponent) {
    long m = mantissa[k];
    int e = exponent - decimals[k];
    if (m >= 0 && e >= 0 && e < POW10.length && m * POW10[e] < 9.007199254740992E15) {
      return m * POW10[e];
    }
    if (m >= 0 && e < 0 && -e < POW10.length) {
      return m / POW10[-e];
    }
    return value[k] * Math.pow(10, exponent);
  }

  private void addNumber(
      int from, int to, boolean sp, long mantissa, int significant, int dec, int intDigits, boolean grouped) {
    int k = add(NUMBER, from, to, sp);
    digits[k] = grouped ? -1 : intDigits;
    decimals[k] = dec;
    this.mantissa[k] = -1;
    if (intDigits > MAX_DIGITS) {
      value[k] = Double.NaN;
    } else if (significant <= 15 && dec < POW10.length) {
      value[k] = mantissa / POW10[dec];
      this.mantissa[k] = mantissa;
    } else {
      value[k] = Double.parseDouble(text.substring(from, to).replace(",", ""));
    }
  }

  private boolean allDigits(int from, int to) {
    if (to > text.length()) {
      return false;
    }
    for (int c = from; c < to; c++) {
      if (!isDigit(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private int slotOrPunct(int from, boolean sp) {
    String s = text;
    int limit = Math.min(s.length(), from + MAX_SLOT);
    for (int j = from + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ']') {
        int k = add(SLOT, from, j + 1, sp);
        presets[k] = s.substring(from + 1, j).trim().toLowerCase(Locale.ROOT);
        return j + 1;
      }
      if (c == '[' || c == '\n' || c == '\r') {
        break;
      }
    }
    int k = add(PUNCT, from, from + 1, sp);
    symbol[k] = '[';
    return from + 1;
  }

  private String lower(int from, int to) {
    String s = text;
    boolean change = false;
    for (int c = from; c < to; c++) {
      char ch = s.charAt(c);
      if (ch >= 'A' && ch <= 'Z' || ch >= 0x80) {
        change = true;
        break;
      }
    }
    if (!change) {
      return s.substring(from, to);
    }
    int length = to - from;
    if (buffer.length < length) {
      buffer = new char[Math.max(length, 2 * buffer.length)];
    }
    for (int c = from; c < to; c++) {
      char ch = s.charAt(c);
      if (ch >= 'A' && ch <= 'Z') {
        ch = (char) (ch + ('a' - 'A'));
      } else if (ch >= 0x80) {
        return s.substring(from, to).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      }
      buffer[c - from] = ch;
    }
    return new String(buffer, 0, length);
  }

  private int add(byte k, int from, int to, boolean sp) {
    if (size == kind.length) {
      grow();
    }
    int i = size++;
    kind[i] = k;
    start[i] = from;
    end[i] = to;
    space[i] = sp;
    return i;
  }

  private void grow() {
    int capacity = kind.length * 2;
    kind = Arrays.copyOf(kind, capacity);
    start = Arrays.copyOf(start, capacity);
    end = Arrays.copyOf(end, capacity);
    space = Arrays.copyOf(space, capacity);
    presets = Arrays.copyOf(presets, capacity);
    symbol = Arrays.copyOf(symbol, capacity);
    value = Arrays.copyOf(value, capacity);
    digits = Arrays.copyOf(digits, capacity);
    decimals = Arrays.copyOf(decimals, capacity);
    mantissa = Arrays.copyOf(mantissa, capacity);
    use = Arrays.copyOf(use, capacity);
    depth = Arrays.copyOf(depth, capacity);
  }
}
