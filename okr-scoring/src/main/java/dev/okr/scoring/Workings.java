package dev.okr.scoring;

import com.google.common.collect.ImmutableMap;
import dev.okr.scoring.Observation.Reading;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a strategy shows of its work for an {@link Explanation}: the policies it read beyond those
 * every score shows, the inputs it read, and the formula of its attainment with the numbers filled
 * in. Written only when an explanation is asked for; not thread-safe.
 */
public final class Workings {
  private final Map<String, String> policies = new LinkedHashMap<>();
  private final Map<String, String> inputs = new LinkedHashMap<>();
  private String formula = "";

  Workings() {}

  /** A policy the strategy read, e.g. {@code stretch-scale=piecewise}; a number is shown as {@link #number(double)} shows it. */
  public Workings policy(String name, Object value) {
    policies.put(Objects.requireNonNull(name, "name"), text(value));
    return this;
  }

  /** An input the strategy read, e.g. {@code baseline=100}; a number is shown as {@link #number(double)} shows it. */
  public Workings input(String name, Object value) {
    inputs.put(Objects.requireNonNull(name, "name"), text(value));
    return this;
  }

  /** The reading's date as the {@code check-in} input, when it has one. */
  public Workings checkIn(Reading reading) {
    reading.date().ifPresent(d -> input("check-in", d));
    return this;
  }

  /** How the attainment was computed, e.g. {@code attainment = (50 - 100) / (60 - 100) = 1.25}. */
  public Workings formula(String formula) {
    this.formula = Objects.requireNonNull(formula, "formula");
    return this;
  }

  /** A number as explanations show it: the shortest decimal form, no exponent, no trailing zeros. */
  public static String number(double value) {
    return Numbers.format(value);
  }

  Map<String, String> policies() {
    return ImmutableMap.copyOf(policies);
  }

  Map<String, String> inputs() {
    return ImmutableMap.copyOf(inputs);
  }

  String formula() {
    return formula;
  }

  private static String text(Object value) {
    return value instanceof Double d ? Numbers.format(d) : String.valueOf(value);
  }
}
