package dev.okr.lint;

/**
 * The stable fingerprint of a finding: the rule id, the kind of element and its normalised text
 * (the path instead, for the document, which has no text). Ids and paths are left out on purpose:
 * an outline numbers its elements by position (O1.KR2), so an inserted objective would change
 * every later id. The hash is 64-bit FNV-1a over the characters, computed without building the
 * normalised text.
 */
final class Fingerprints {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Fingerprints() {}

  static String of(String ruleId, Scope at) {
    long h = OFFSET;
    h = mix(h, ruleId);
    h = step(h, '\u0000');
    h = mix(h, at.getClass().getSimpleName());
    h = step(h, '\u0000');
    String text = at.text();
    h = text.isEmpty() ? mix(h, at.path()) : mixNormalised(h, text);
    String hex = Long.toHexString(h);
    return hex.length() == 16 ? hex : "0".repeat(16 - hex.length()) + hex;
  }

  private static long step(long h, char c) {
    return (h ^ c) * PRIME;
  }

  private static long mix(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = step(h, s.charAt(i));
    }
    return h;
  }

  /** The text lower case, runs of white space as one space, without surrounding spaces or trailing full stops. */
  private static long mixNormalised(long h, String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
      end--;
    }
    boolean started = false;
    boolean space = false;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = started;
      } else {
        if (space) {
          h = step(h, ' ');
          space = false;
        }
        h = step(h, Character.toLowerCase(c));
        started = true;
      }
    }
    return h;
  }
}
