package dev.okr.lint;

import java.util.Locale;

/**
 * How serious a finding is. See the package documentation for what each level means; a {@link
 * LintConfig} may override the default severity of any rule.
 */
public enum Severity {
  /** A structural fact that breaks a rule of the method, e.g. an objective with seven key results. */
  ERROR("error", "error"),
  /** A likely defect worth fixing; every heuristic judgement of wording starts here. */
  WARNING("warning", "warning"),
  /** Advice that a good OKR may ignore. */
  INFO("info", "note");

  private final String id;
  private final String sarifLevel;

  Severity(String id, String sarifLevel) {
    this.id = id;
    this.sarifLevel = sarifLevel;
  }

  /** The lower-case name used in configuration and reports. */
  public String id() {
    return id;
  }

  /** The SARIF 2.1.0 {@code level} of this severity ({@code error}, {@code warning}, {@code note}). */
  public String sarifLevel() {
    return sarifLevel;
  }

  /**
   * The severity with the given {@linkplain #id() name}, ignoring case.
   *
   * @throws LintConfigException naming the accepted values when none matches
   */
  public static Severity fromId(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (Severity s : values()) {
      if (s.id.equals(wanted)) {
        return s;
      }
    }
    throw new LintConfigException("severity", text, 0, "is not a known severity; expected one of: error, warning, info");
  }
}
