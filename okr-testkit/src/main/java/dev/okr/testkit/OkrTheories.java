package dev.okr.testkit;

import org.quicktheories.QuickTheory;

/**
 * The one place property tests get their QuickTheories runner, so that the number of examples and
 * the seed are set once for the whole project.
 *
 * <p>Each property checks {@value #DEFAULT_EXAMPLES} examples unless the system property {@value
 * #EXAMPLES_PROPERTY} says otherwise. The seed is fixed ({@value #DEFAULT_SEED}, or the system
 * property {@value #SEED_PROPERTY}), so a failure repeats on every run; QuickTheories prints the
 * seed with the falsifying example.
 */
public final class OkrTheories {
  /** The system property that sets the number of examples per property. */
  public static final String EXAMPLES_PROPERTY = "okr.properties.examples";

  /** The system property that sets the seed. */
  public static final String SEED_PROPERTY = "okr.properties.seed";

  /** Examples per property unless {@value #EXAMPLES_PROPERTY} is set. */
  public static final int DEFAULT_EXAMPLES = 1000;

  /** The seed unless {@value #SEED_PROPERTY} is set. */
  public static final long DEFAULT_SEED = 20261122L;

  private OkrTheories() {}

  /** A runner with the project's examples and seed. */
  public static QuickTheory qt() {
    return QuickTheory.qt()
        .withExamples(examples())
        .withFixedSeed(seed())
        .withUnlimitedTestingTime();
  }

  /** The number of examples per property in force. */
  public static int examples() {
    return Integer.getInteger(EXAMPLES_PROPERTY, DEFAULT_EXAMPLES);
  }

  /** The seed in force. */
  public static long seed() {
    return Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
  }
}
