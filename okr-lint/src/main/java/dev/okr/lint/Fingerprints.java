package dev.okr.lint;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The stable fingerprint of a finding: rule id, element (id, else path) and normalised text. */
final class Fingerprints {
  private Fingerprints() {}

  static String of(String ruleId, Scope at) {
    Hasher h = Hashing.murmur3_128().newHasher();
    h.putString(ruleId, StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(at.elementId().orElse(at.path()), StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(normalise(at.text()), StandardCharsets.UTF_8);
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
