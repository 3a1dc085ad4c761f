package dev.okr.testkit;

import java.util.List;
import org.quicktheories.core.RandomnessSource;

/**
 * Free text, ids and blank text for the generators. Text mixes English OKR words with words of
 * many scripts (accents, combining marks, CJK, RTL, emoji outside the BMP) and with tokens that
 * YAML and JSON writers must quote or escape.
 */
final class Texts {
  private Texts() {}

  static final List<String> WORDS = List.of(
      "Increase", "reduce", "activation", "rate", "churn", "revenue", "customers", "onboarding", "NPS", "CSAT",
      "p95", "latency", "weekly", "active", "users", "deploys", "trial-to-paid", "conversion", "uptime",
      "Kundenzufriedenheit", "größer", "réduire", "coût", "niño", "año", "выручка", "клиенты", "ανάπτυξη",
      "顧客満足度", "売上", "增长", "用户", "매출", "고객", "العملاء", "ग्राहक", "שיפור", "Ørsted", "İstanbul",
      "🚀", "📈", "👩‍💻", "e\u0301te\u0301", "Q3:", "#1", "50%", "$35", "€", "\"quoted\"", "it's", "a & b",
      "*", "-", "[x]", "{y}", "back\\slash", "@team", "!", "?", "~", "null", "true", "no", "0x1F", "1e3",
      "- item", "key: value", "|", ">", "%TAG", "&anchor", "*alias", "`tick`", "<b>", "',", "--- ");

  /** Inclusive code point ranges of letters in several scripts, BMP and beyond. */
  private static final int[][] SCRIPTS = {
      {'a', 'z'}, {'A', 'Z'}, {0x00C0, 0x00FF}, {0x0100, 0x017F}, {0x0391, 0x03C9}, {0x0410, 0x044F},
      {0x05D0, 0x05EA}, {0x0620, 0x064A}, {0x0905, 0x0939}, {0x3041, 0x3096}, {0x30A1, 0x30FA},
      {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0x1F300, 0x1F64F}, {0x20000, 0x2A6DF}};

  private static final List<String> SEPARATORS = List.of(" ", " ", " ", " ", " ", "  ", ", ", " - ", "\n", "\t");

  private static final List<String> ID_STEMS = List.of("目標", "ключ", "objectif-é", "ziel_ü", "kr.v2", "o", "Q3/okr");

  /** Shows nothing: what validation calls blank. */
  static final List<String> BLANKS = List.of(
      "", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u202F", "\u3000", "\u2007", "\u200B", "\uFEFF", " \u00A0\t");

  /** A visible, non-blank text of one to six words. */
  static String text(RandomnessSource in) {
    int words = Draw.between(in, 1, 6);
    StringBuilder text = new StringBuilder();
    boolean padded = Draw.chance(in, 5);
    if (padded) {
      text.append(' ');
    }
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(Draw.pick(in, SEPARATORS));
      }
      text.append(Draw.chance(in, 25) ? scriptWord(in) : Draw.pick(in, WORDS));
    }
    if (padded) {
      text.append(' ');
    }
    return text.toString();
  }

  /** One to eight letters of a single script. */
  static String scriptWord(RandomnessSource in) {
    int[] script = SCRIPTS[Draw.between(in, 0, SCRIPTS.length - 1)];
    int length = Draw.between(in, 1, 8);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int c = Draw.between(in, script[0], script[1]);
      word.appendCodePoint(Character.isLetter(c) || Character.getType(c) == Character.OTHER_SYMBOL ? c : script[0]);
    }
    return word.toString();
  }

  /** The stem of an id: mostly an ASCII slug, sometimes another script or punctuation. */
  static String idStem(RandomnessSource in) {
    if (Draw.chance(in, 15)) {
      return Draw.pick(in, ID_STEMS);
    }
    int length = Draw.between(in, 1, 8);
    StringBuilder slug = new StringBuilder();
    slug.append((char) Draw.between(in, 'a', 'z'));
    for (int i = 1; i < length; i++) {
      slug.append(Draw.chance(in, 25) ? (char) Draw.between(in, '0', '9') : (char) Draw.between(in, 'a', 'z'));
    }
    return slug.toString();
  }

  static String blank(RandomnessSource in) {
    return Draw.pick(in, BLANKS);
  }
}
