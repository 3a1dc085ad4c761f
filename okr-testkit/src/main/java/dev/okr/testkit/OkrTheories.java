package dev.okr.testkit;

import org.quicktheories.QuickTheory;

/**
 * The one place property tests get their QuickTheories runner, so that the number of examples and
 * the seed are set once for the whole project.
 *
 * <p>Each property checks {@value #DEFAULT_EXAMPLES} examples unless the system property {@value
 * #EXAMPLES_PROPERTY} says otherwise. The seed is fixed ({@value #DEFAULT_SEED}, or the system
 * property {@value #SEED_PROPERTY}), so a failure repeats on every run; QuickTheories prints the
 * seed with the falsifying example. A falsified property is shrunk for at most {@value
 * #DEFAULT_SHRINK_CYCLES} cycles ({@value #SHRINK_CYCLES_PROPERTY}): whole generated documents are
 * costly to shrink, and QuickTheories' own default of a million cycles can take minutes.
 */
public final class OkrTheories {
  /** The system property that sets the number of examples per property. */
  public static final String EXAMPLES_PROPERTY = "okr.properties.examples";

  /** The system property that sets the seed. */
  public static final String SEED_PROPERTY = "okr.properties.seed";

  /** The system property that sets the most shrink cycles spent on a falsified property. */
  public static final String SHRINK_CYCLES_PROPERTY = "okr.properties.shrinkCycles";

  /** Shrink cycles unless {@value #SHRINK_CYCLES_PROPERTY} is set. */
  public static final int DEFAULT_SHRINK_CYCLES = 2000;

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
        .withShrinkCycles(Integer.getInteger(SHRINK_CYCLES_PROPERTY, DEFAULT_SHRINK_CYCLES))
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
