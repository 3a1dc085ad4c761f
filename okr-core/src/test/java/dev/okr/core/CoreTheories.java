package dev.okr.core;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories runner for okr-core's own property tests, with the settings of {@code
 * dev.okr.testkit.OkrTheories} (examples from {@code -Dokr.properties.examples}, default 1000; a
 * fixed seed from {@code -Dokr.properties.seed}; shrink cycles from {@code
 * -Dokr.properties.shrinkCycles}, default 2000). okr-core cannot use the testkit, which depends on
 * it, so the settings are repeated here; keep the two in step.
 */
public final class CoreTheories {
  private CoreTheories() {}

  /** A runner with the project's examples and seed. */
  public static QuickTheory qt() {
    return QuickTheory.qt()
        .withExamples(examples())
        .withFixedSeed(Long.getLong("okr.properties.seed", 20261122L))
        .withShrinkCycles(Integer.getInteger("okr.properties.shrinkCycles", 2000))
        .withUnlimitedTestingTime();
  }

  /** A runner with a tenth of the examples, at least 10, for properties over long inputs. */
  public static QuickTheory qtLong() {
    return qt().withExamples(Math.max(10, examples() / 10));
  }

  /** The number of examples per property in force. */
  public static int examples() {
    return Integer.getInteger("okr.properties.examples", 1000);
  }
}
