package dev.okr.lint;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The stable fingerprint of a finding: the rule id, the kind of element and its normalised text
 * (the path instead, for the document, which has no text). Ids and paths are left out on purpose:
 * an outline numbers its elements by position (O1.KR2), so an inserted objective would change
 * every later id.
 */
final class Fingerprints {
  private Fingerprints() {}

  static String of(String ruleId, Scope at) {
    Hasher h = Hashing.murmur3_128().newHasher();
    h.putString(ruleId, StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(at.getClass().getSimpleName(), StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(at.text().isEmpty() ? at.path() : normalise(at.text()), StandardCharsets.UTF_8);
    return h.hash().toString().substring(0, 16);
  }

  /** Lower case, runs of white space as one space, no trailing full stop or spaces. */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    while (out.length() > 0 && (out.charAt(out.length() - 1) == '.' || out.charAt(out.length() - 1) == ' ')) {
      out.setLength(out.length() - 1);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
