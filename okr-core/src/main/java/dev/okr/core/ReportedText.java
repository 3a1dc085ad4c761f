package dev.okr.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Reported} from text ({@link Reported#parse(String)}): one pass over the lower-cased
 * text, token by token, where every token is a score, a status, a label or decoration; anything
 * else ends the reading with no result. Each token is matched from where the last one ended and
 * every pattern is anchored there, so the time is linear in the length of the text.
 */
final class ReportedText {
  private ReportedText() {}

  /** The longest number read as a score; longer digit strings are not a score anyone writes. */
  private static final int MAX_NUMBER_CHARS = 24;

  /** Decoration between the tokens: brackets, punctuation, arrows, Markdown emphasis. */
  private static final String DECORATION =
      "()[]{}<>\u3010\u3011\u300c\u300d\u00ab\u00bb,;:|/\\\u00b7\u2022*_~=\"'`\u201c\u201d\u2018\u2019!.+-"
          + "\u2013\u2014\u2212>\u2192\u21d2\u27f6\u27f9\u2794\u279c\u27a1\u21e8\u279d\u279e\u2b95";

  /** Signs that make a number that follows them directly a change, not a score. */
  private static final String SIGNS = "+-\u2212\u2013\u2014";

  private static final String END = "(?![\\p{L}\\p{N}])";

  /** Status words, each group giving the status of its name; tried in this order. */
  private static final Pattern STATUS = Pattern.compile(
      "(?<partial>partially[\\s-]+(?:achieved|met|done|completed?)|partly[\\s-]+(?:achieved|met|done)|partial)" + END
          + "|(?<missed>missed|failed|not[\\s-]+(?:met|achieved|reached|hit))" + END
          + "|(?<notstarted>not[\\s-]+(?:yet[\\s-]+)?started|to[\\s-]?do)" + END
          + "|(?<done>done|completed?|finished|delivered|shipped)" + END
          + "|(?<achieved>achieved|met|hit|reached|accomplished)" + END
          + "|(?<ontrack>on[\\s-]*track|green)" + END
          + "|(?<atrisk>at[\\s-]*risk|amber|yellow)" + END
          + "|(?<offtrack>off[\\s-]*track|behind(?:[\\s-]+schedule)?|red)" + END
          + "|(?<inprogress>in[\\s-]*progress|ongoing|on[\\s-]?going|underway|under[\\s-]+way|started|wip)" + END
          + "|(?<blocked>blocked)" + END
          + "|(?<dropped>dropped|cancell?ed|abandoned|de-?scoped|deprioriti[sz]ed)" + END);

  private static final String[][] STATUS_GROUPS = {
      {"partial", "partially achieved"}, {"missed", "missed"}, {"notstarted", "not started"}, {"done", "done"},
      {"achieved", "achieved"}, {"ontrack", "on track"}, {"atrisk", "at risk"}, {"offtrack", "off track"},
      {"inprogress", "in progress"}, {"blocked", "blocked"}, {"dropped", "dropped"}};

  /** Labels that introduce a report and say nothing themselves. */
  private static final Pattern LABEL = Pattern.compile(
      "(?:self[\\s-]*(?:score|assessment)|final[\\s-]+score|scored?|status|graded?|results?|progress|final|rating"
          + "|actual|current)" + END);

  /** A number: digits with a decimal part after a point (or a comma and one or two digits), or a point and digits. */
  private static final Pattern NUMBER = Pattern.compile("(?:[0-9]+(?:\\.[0-9]+|,[0-9]{1,2}(?![0-9]))?|\\.[0-9]+)");

  /** What makes the number before it a percentage. */
  private static final Pattern PERCENT = Pattern.compile(
      "\\s*(?:%|\uff05|percent" + END + ")(?:\\s*(?:complete|completed|done|achieved)" + END + ")?");

  /** What makes the number before it the numerator of a fraction. */
  private static final Pattern OVER = Pattern.compile("\\s*(?:/|out\\s+of" + END + "|of" + END + ")\\s*");

  static Optional<Reported> parse(@Nullable String text) {
    if (text == null || Constraints.isBlank(text)) {
      return Optional.empty();
    }
    Reading r = new Reading(text.toLowerCase(Locale.ROOT));
    if (!r.read()) {
      return Optional.empty();
    }
    String status = r.wordStatus != null ? r.wordStatus : r.emojiStatus;
    return Optional.of(Reported.of(text, Optional.ofNullable(r.score), Optional.ofNullable(status)));
  }

  /** One reading of one text; {@link #read()} says whether the whole text is a report. */
  private static final class Reading {
    private final String s;
    private final Matcher status;
    private final Matcher label;
    private final Matcher number;
    private final Matcher percent;
    private final Matcher over;
    private int at;
    @Nullable Double score;
    @Nullable String wordStatus;
    @Nullable String emojiStatus;

    Reading(String s) {
      this.s = s;
      this.status = STATUS.matcher(s);
      this.label = LABEL.matcher(s);
      this.number = NUMBER.matcher(s);
      this.percent = PERCENT.matcher(s);
      this.over = OVER.matcher(s);
    }

    boolean read() {
      while (at < s.length()) {
        int c = s.codePointAt(at);
        if (isDigit(c) || (c == '.' && at + 1 < s.length() && isDigit(s.charAt(at + 1)))) {
          if (!score()) {
            return false;
          }
        } else if (emoji(c) != null) {
          if (!setEmojiStatus(emoji(c))) {
            return false;
          }
          at += Character.charCount(c);
        } else if (Character.isLetter(c)) {
          if (matches(status)) {
            if (!setWordStatus(statusOf(status))) {
              return false;
            }
            at = status.end();
          } else if (matches(label)) {
            at = label.end();
          } else {
            return false;
          }
        } else if (isDecoration(c)) {
          at += Character.charCount(c);
        } else {
          return false;
        }
      }
      return score != null || wordStatus != null || emojiStatus != null;
    }

    /** Reads a score at {@link #at}; false when the number there is not one. */
    private boolean score() {
      if (at > 0 && SIGNS.indexOf(s.charAt(at - 1)) >= 0) {
        return false; // "+10%", "-0.2": a change, not a score
      }
      Double value = null;
      BigDecimal first = number(at);
      if (first == null) {
        return false;
      }
      int after = number.end();
      boolean decimal = number.group().indexOf('.') >= 0 || number.group().indexOf(',') >= 0;
      if (lookingAt(percent, after)) {
        value = Math.min(1.0, first.movePointLeft(2).doubleValue());
        after = percent.end();
      } else if (lookingAt(over, after) && startsNumber(over.end())) {
        BigDecimal divisor = number(over.end());
        if (divisor == null || divisor.signum() == 0) {
          return false;
        }
        value = Math.min(1.0, first.doubleValue() / divisor.doubleValue());
        after = number.end();
      } else if (decimal && first.compareTo(BigDecimal.ONE) <= 0) {
        value = first.doubleValue();
      }
      if (value == null || !Double.isFinite(value) || !boundary(after)) {
        return false;
      }
      if (score != null && !score.equals(value)) {
        return false;
      }
      score = value;
      at = after;
      return true;
    }

    /** The number at {@code from}, with {@link #number} holding its match; null if none or too long. */
    private @Nullable BigDecimal number(int from) {
      if (!lookingAt(number, from) || number.end() - number.start() > MAX_NUMBER_CHARS) {
        return null;
      }
      return new BigDecimal(number.group().replace(',', '.'));
    }

    private boolean startsNumber(int from) {
      return from < s.length() && (isDigit(s.charAt(from)) || s.charAt(from) == '.');
    }

    /** Whether a token may end at {@code end}: not inside a word or a number. */
    private boolean boundary(int end) {
      if (end >= s.length()) {
        return true;
      }
      int c = s.codePointAt(end);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      return !((c == '.' || c == ',') && end + 1 < s.length() && isDigit(s.charAt(end + 1)));
    }

    private boolean setWordStatus(String value) {
      if (wordStatus != null && !wordStatus.equals(value)) {
        return false;
      }
      wordStatus = value;
      return true;
    }

    private boolean setEmojiStatus(String value) {
      if (emojiStatus != null && !emojiStatus.equals(value)) {
        return false;
      }
      emojiStatus = value;
      return true;
    }

    private boolean matches(Matcher m) {
      return lookingAt(m, at);
    }

    private boolean lookingAt(Matcher m, int from) {
      m.region(from, s.length());
      return m.lookingAt();
    }
  }

  private static String statusOf(Matcher m) {
    for (String[] group : STATUS_GROUPS) {
      if (m.group(group[0]) != null) {
        return group[1];
      }
    }
    throw new IllegalStateException("no status group matched");
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDecoration(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
        || c == 0xFE0F || c == 0xFE0E // emoji and text presentation selectors
        || (c < 0x10000 && DECORATION.indexOf(c) >= 0);
  }

  /** The status an emoji stands for, or null. */
  private static @Nullable String emoji(int c) {
    return switch (c) {
      case 0x2705, 0x2714, 0x2611, 0x2713 -> "done"; // ✅ ✔ ☑ ✓
      case 0x274C, 0x2717, 0x2718 -> "missed"; // ❌ ✗ ✘
      case 0x1F7E2, 0x1F7E9 -> "on track"; // 🟢 🟩
      case 0x1F7E1, 0x1F7E8, 0x1F7E0, 0x1F7E7 -> "at risk"; // 🟡 🟨 🟠 🟧
      case 0x1F534, 0x1F7E5 -> "off track"; // 🔴 🟥
      default -> null;
    };
  }
}
