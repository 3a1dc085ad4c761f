package dev.okr.core.statement;

/**
 * Tells a statement that is not in English, cheaply, so that the reader does not read nonsense into
 * it (see {@link StatementKind#UNREADABLE}).
 *
 * <p>It runs only when the statement does not open with an English verb the vocabulary knows, and
 * weighs, over the words:
 *
 * <ul>
 *   <li>for another language: function words of French, German, Spanish, Portuguese, Italian,
 *       Dutch, Indonesian and Swahili that are not English words ("le", "des", "und", "für", "el",
 *       "del", "não", "het", "dan", "kwa"), written in lower case (upper-case "DE" or "EN" are codes in English text) or, from four
 *       letters, capitalised as German nouns are ("Monat"), counted once each; a verb of those
 *       languages opening the statement ("Augmenter", "Erhöhe", "Reducir") or closing it, where
 *       German and Dutch put the infinitive ("... vereinbaren"), counted twice; and up to two words
 *       with the accents of those languages ("é", "ü", "ñ");
 *   <li>for English: its function words ("the", "of", "to", "for", "with", "by"), counted once each.
 * </ul>
 *
 * <p>A statement is not English when the other language has at least two points and more than
 * twice English's, or when most of its words are in a script other than Latin (Cyrillic, Greek,
 * Chinese, Japanese, Arabic, ...). Terse English with no function words ("Churn <3%", "p95 <
 * 300ms", "SSO for enterprise") has no points either way and is read. Place names and loanwords
 * with accents ("Montréal", "café") weigh too little alone.
 */
final class Language {
  private Language() {}

  /** Function words of other languages that are not English words; lower case, as written. */
  private static final WordSet FOREIGN = new WordSet(
      // French
      "le", "la", "les", "des", "du", "au", "aux", "et", "avec", "dans", "sur", "une", "est", "sont",
      "notre", "nous", "de", "à", "ou", "cette", "ces", "qui", "que", "moins", "entre", "chez", "sans",
      "leur", "leurs", "taux", "d'ici", "mois", "d'un", "d'une", "nouveau", "nouvelle",
      // German
      "der", "die", "das", "und", "für", "mit", "auf", "von", "zu", "den", "dem", "ein", "eine", "einen",
      "im", "ist", "sind", "unsere", "unser", "bis", "bei", "nach", "aus", "über", "zum", "zur", "wir",
      "nicht", "mindestens", "jahr", "monat",
      // Spanish
      "el", "los", "las", "del", "para", "con", "en", "por", "una", "al", "nuestro", "nuestra",
      "nuestros", "más", "menos", "hasta", "desde", "sin", "tasa", "año",
      // Portuguese
      "os", "da", "dos", "das", "em", "uma", "um", "nosso", "nossa", "não", "até", "ao", "pelo",
      "pela", "taxa", "novo", "nova", "novos", "novas",
      // Italian
      "il", "lo", "gli", "della", "delle", "dei", "degli", "nel", "nella", "sul", "sulla", "alla", "tra",
      "fra", "entro", "nostro", "nostra", "che", "più", "di", "dal", "dalla", "dai", "sono", "questo",
      "questa", "anche",
      // Dutch
      "het", "een", "van", "voor", "op", "naar", "te", "onze", "ons", "bij", "tot", "uit", "niet", "meer",
      "nieuwe", "minder",
      // Indonesian and Malay
      "dan", "yang", "untuk", "dengan", "tentang", "dari", "pada", "ke", "oleh", "akan", "bulan", "tahun",
      // Swahili
      "wa", "kwa", "ya", "za", "kutoka", "hadi", "siku", "mwezi", "na");

  /** Verbs that open key results in those languages. */
  private static final WordSet FOREIGN_VERBS = new WordSet(
      "augmenter", "réduire", "reduire", "améliorer", "ameliorer", "atteindre", "diminuer", "doubler",
      "lancer", "maintenir", "obtenir", "accroître", "accroitre", "passer", "garantir", "livrer",
      "erhöhen", "erhöhe", "erhoehen", "steigern", "steigere", "senken", "senke", "reduzieren",
      "reduziere", "verbessern", "verbessere", "erreichen", "erreiche", "verdoppeln", "halbieren",
      "aumentar", "reducir", "mejorar", "lograr", "alcanzar", "disminuir", "conseguir", "duplicar",
      "lanzar", "reduzir", "melhorar", "atingir", "diminuir", "alcançar", "aumentare", "ridurre",
      "migliorare", "raggiungere", "diminuire", "verhogen", "verlagen", "verbeteren", "bereiken",
      "verminderen", "verdubbelen", "lançar", "lancar", "implementar", "publicar", "contratar", "entregar",
      "vereinbaren", "abschließen", "abschliessen", "einführen", "einfuehren", "umsetzen", "gewinnen",
      "lanceren", "invoeren", "realiseren", "implementeren", "terbitkan", "meningkatkan", "menurunkan",
      "mengurangi", "meluncurkan", "kupunguza", "kuongeza", "kuzindua");

  /** English function words; lower case. */
  private static final WordSet ENGLISH = new WordSet(
      "the", "of", "to", "and", "in", "for", "on", "with", "by", "from", "at", "a", "an", "is", "are",
      "be", "our", "all", "per", "vs", "than", "each", "every", "into", "over", "under", "least", "most",
      "up", "down", "out", "no", "not", "or", "as", "its", "their", "this", "that", "which", "who", "we",
      "will", "after", "before", "within", "across", "without", "new", "more", "less", "fewer", "how",
      "users", "customers", "time", "rate", "first", "weekly", "monthly", "week", "month", "year",
      "days", "using", "via", "through", "when", "where", "while", "can", "has", "have", "get", "only");

  /**
   * Whether the statement's words from token {@code from} are in another language than English.
   * Never true for a statement that opens with a verb the vocabulary knows: the caller asks only
   * otherwise.
   */
  static boolean notEnglish(Tokens t, int from) {
    int foreign = 0;
    int accented = 0;
    int latinWords = 0;
    int otherScript = 0;
    String text = t.text;
    boolean first = true;
    int lastStart = -1;
    int lastLength = 0;
    boolean lastLeading = false;
    for (int i = from; i < t.size; i++) {
      if (t.kind[i] != Tokens.WORD) {
        continue;
      }
      boolean leading = first;
      first = false;
      int s = t.start[i];
      int len = t.end[i] - s;
      char c0 = text.charAt(s);
      if (c0 >= 0x250 && isOtherScript(text.codePointAt(s))) {
        otherScript++;
        continue;
      }
      latinWords++;
      boolean ascii = true;
      for (int c = s; c < s + len; c++) {
        if (text.charAt(c) >= 0x80) {
          ascii = false;
          break;
        }
      }
      if (!ascii && accented < 2) {
        accented++;
      }
      boolean lower = c0 >= 'a' && c0 <= 'z' || c0 >= 0xDF && c0 <= 0xFF;
      boolean noun = !lower && len >= 4 && Character.isLowerCase(text.charAt(s + 1));
      lastStart = s;
      lastLength = len;
      lastLeading = leading;
      if (leading && FOREIGN_VERBS.contains(text, s, len)) {
        foreign += 2;
      } else if ((lower || leading || noun) && FOREIGN.contains(text, s, len)) {
        foreign++;
      }
    }
    if (lastStart >= 0 && !lastLeading && FOREIGN_VERBS.contains(text, lastStart, lastLength)) {
      foreign += 2; // the infinitive at the end: "20 Kundentermine pro Monat vereinbaren"
    }
    if (otherScript > 0 && otherScript >= latinWords) {
      return true;
    }
    foreign += accented;
    // English is weighed only when the other language has a case: most statements stop here
    return foreign >= 2 && foreign > 2 * english(t, from);
  }

  /** The English function words from token {@code from}, not counting those of the other languages. */
  private static int english(Tokens t, int from) {
    int english = 0;
    String text = t.text;
    for (int i = from; i < t.size; i++) {
      if (t.kind[i] == Tokens.WORD) {
        int s = t.start[i];
        int len = t.end[i] - s;
        if (ENGLISH.contains(text, s, len) && !FOREIGN.contains(text, s, len)) {
          english++;
        }
      }
    }
    return english;
  }

  private static boolean isOtherScript(int cp) {
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
        && script != Character.UnicodeScript.INHERITED;
  }

  /**
   * A set of short words matched in place, case-insensitively, without making a string: buckets by
   * first char and length.
   */
  private static final class WordSet {
    private static final int MAX = 16;
    private final String[][] buckets = new String[64 * MAX][];

    WordSet(String... words) {
      for (String w : words) {
        int b = bucket(w.charAt(0), w.length());
        if (b < 0) {
          throw new IllegalArgumentException(w);
        }
        String[] old = buckets[b];
        String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = w;
        buckets[b] = grown;
      }
    }

    private static int bucket(char c, int length) {
      char lower = Character.toLowerCase(c);
      int slot = lower >= 'a' && lower <= 'z' ? lower - 'a' : lower >= 0xE0 && lower <= 0xFF ? 26 + (lower - 0xE0) : -1;
      return slot < 0 || length >= MAX ? -1 : slot * MAX + length;
    }

    boolean contains(String text, int start, int length) {
      int b = bucket(text.charAt(start), length);
      if (b < 0) {
        return false;
      }
      String[] words = buckets[b];
      if (words == null) {
        return false;
      }
      for (String w : words) {
        if (text.regionMatches(true, start, w, 0, length)) {
          return true;
        }
      }
      return false;
    }
  }
}
