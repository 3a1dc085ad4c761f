package dev.okr.core.io;

import java.util.Locale;

/** The two syntaxes of the interchange form. */
public enum DocumentFormat {
  /** JSON ({@code .json}). */
  JSON,
  /** YAML ({@code .yaml}, {@code .yml}). */
  YAML;

  /**
   * The format a file name's extension names: {@code .json} is JSON, {@code .yaml} and {@code
   * .yml} are YAML.
   *
   * @throws IllegalArgumentException for any other extension
   */
  public static DocumentFormat forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of \"" + fileName + "\": expected a .json, .yaml or .yml file");
  }
}
