package dev.okr.spark;

import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import java.io.Serializable;

/**
 * How an executor gets a {@link Profile}: a serialisable recipe, since profiles themselves are not
 * serialisable and Spark ships every function to the executors in Java serialisation. A lambda
 * assigned to this type is serialisable ({@code () -> Profiles.okr().withStrategies(...)}), so an
 * application's own profile, naming its own strategies, travels as the code that builds it.
 *
 * <p>{@link #profile()} is called once per function instance on each executor and its result kept,
 * so it may do work (build a profile, load a strategy through {@link
 * dev.okr.scoring.ScoringStrategies}); it must give the same profile every time.
 */
@FunctionalInterface
public interface ProfileSource extends Serializable {

  /** The profile; the same one at each call. */
  Profile profile();

  /**
   * The built-in profile named {@code name}, found in {@link Profiles} on each executor.
   *
   * @throws dev.okr.scoring.ScoringException when no built-in profile has the name (checked at once,
   *     on the driver)
   */
  static ProfileSource named(String name) {
    Profiles.named(name);
    return () -> Profiles.named(name);
  }
}
