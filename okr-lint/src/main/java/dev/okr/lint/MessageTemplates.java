package dev.okr.lint;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Message templates, as rules ({@link RuleMetadata#messages()}) and engine diagnostics ({@link
 * EngineDiagnostic#messages()}) list them: the text of a message, each part in braces standing for
 * what varies from finding to finding.
 */
final class MessageTemplates {
  private MessageTemplates() {}

  /** Whether {@code message} is one of {@code templates}, each part in braces standing for any text. */
  static boolean matches(List<String> templates, String message) {
    for (String template : templates) {
      if (pattern(template).matcher(message).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The pattern of a message template: the text literally, each {@code {...}} any text. */
  private static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder("(?s)");
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        regex.append(Pattern.quote(template.substring(at)));
        break;
      }
      regex.append(Pattern.quote(template.substring(at, open))).append(".*?");
      at = close + 1;
    }
    return Pattern.compile(regex.toString());
  }
}
