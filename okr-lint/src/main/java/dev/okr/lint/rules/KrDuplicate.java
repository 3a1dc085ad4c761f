package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.DocumentScope;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * The same key result written twice in one document, ignoring case, punctuation and labels such as
 * "KR2:" — it is counted twice and inflates the plan. Reported at the later one.
 */
@RuleInfo(
    id = "kr-duplicate",
    summary = "The same key result should not appear twice",
    messages = {
      "Same key result as {path} in this objective",
      "Same key result as {path} under objective \"{title}\""},
    category = Category.STRUCTURE,
    severity = Severity.WARNING,
    productRule = "R4")
final class KrDuplicate implements LintRule.DocumentRule {
  @Override
  public void check(DocumentScope document, Reporter out) {
    Map<String, KeyResultScope> first = new HashMap<>();
    for (KeyResultScope kr : document.keyResults()) {
      String key = key(kr.keyResult().statement());
      if (key.isEmpty()) {
        continue;
      }
      KeyResultScope earlier = first.putIfAbsent(key, kr);
      if (earlier != null) {
        String where = earlier.objective() == kr.objective() ? "in this objective" : "under objective \""
            + earlier.objective().objective().title() + "\"";
        out.report(kr, "Same key result as " + earlier.path() + " " + where)
            .suggestion("Keep one of the two");
      }
    }
  }

  /** Letters, digits, % and single spaces, lower case, without a leading label such as "KR2:" or "1.". */
  static String key(String statement) {
    StringBuilder b = new StringBuilder(statement.length());
    boolean space = false;
    for (int i = 0; i < statement.length(); i++) {
      char c = statement.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '%') {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return withoutLabel(b.toString());
  }

  /** Drops a leading "kr", "kr 2", "key result 2" or "2" label word from a normalised key. */
  private static String withoutLabel(String key) {
    int i = 0;
    if (key.startsWith("key result")) {
      i = "key result".length();
    } else if (key.startsWith("kr")) {
      i = 2;
    } else if (key.isEmpty() || !Character.isDigit(key.charAt(0))) {
      return key;
    }
    if (i < key.length() && key.charAt(i) == ' ' && i + 1 < key.length() && Character.isDigit(key.charAt(i + 1))) {
      i++;
    }
    while (i < key.length() && Character.isDigit(key.charAt(i))) {
      i++;
    }
    if (i < key.length() && key.charAt(i) == ' ') {
      return key.substring(i + 1);
    }
    return key;
  }
}
