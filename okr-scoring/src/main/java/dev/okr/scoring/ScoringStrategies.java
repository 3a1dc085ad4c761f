package dev.okr.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds scoring strategies by name through {@link ServiceLoader}: the built-in ones ({@code
 * linear}, {@code stretch}, {@code maintain}, {@code binary}, {@code milestones}) and any an
 * application provides.
 */
public final class ScoringStrategies {
  private static final ImmutableMap<String, ScoringStrategy> LOADED = load();

  private ScoringStrategies() {}

  /**
   * The strategy with this name.
   *
   * @throws ScoringException naming the strategies available when none has the name
   */
  public static ScoringStrategy named(String name) {
    ScoringStrategy strategy = LOADED.get(name);
    if (strategy == null) {
      throw new ScoringException("strategy", name, "names no scoring strategy; available: " + String.join(", ", LOADED.keySet()));
    }
    return strategy;
  }

  /** Every strategy found, by name, in the order found. */
  public static Map<String, ScoringStrategy> all() {
    return LOADED;
  }

  private static ImmutableMap<String, ScoringStrategy> load() {
    Map<String, ScoringStrategy> byName = new LinkedHashMap<>();
    for (ScoringStrategy strategy : ServiceLoader.load(ScoringStrategy.class, ScoringStrategies.class.getClassLoader())) {
      ScoringStrategy earlier = byName.putIfAbsent(strategy.name(), strategy);
      if (earlier != null && !earlier.getClass().equals(strategy.getClass())) {
        throw new IllegalStateException(
            "two scoring strategies are named \"" + strategy.name() + "\": " + earlier.getClass().getName()
                + " and " + strategy.getClass().getName());
      }
    }
    return ImmutableMap.copyOf(byName);
  }
}
