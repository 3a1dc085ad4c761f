package dev.okr.scoring;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An explanation rendered on first use: scoring a million batch rows renders none. Racy but safe:
 * two threads may both render it, and get equal explanations.
 */
final class LazyExplanation {
  private final Supplier<Explanation> render;
  private volatile @Nullable Explanation rendered;

  LazyExplanation(Supplier<Explanation> render) {
    this.render = Objects.requireNonNull(render, "explanation");
  }

  Explanation get() {
    Explanation e = rendered;
    if (e == null) {
      e = Objects.requireNonNull(render.get(), "explanation");
      rendered = e;
    }
    return e;
  }
}
