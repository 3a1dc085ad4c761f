package dev.okr.scoring;

import dev.okr.core.ObjectiveKind;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A score read for its objective's kind: the verdict and the colour. */
public final class Grade {
  private final double score;
  private final @Nullable ObjectiveKind kind;
  private final Verdict verdict;
  private final Colour colour;

  Grade(double score, @Nullable ObjectiveKind kind, Verdict verdict, Colour colour) {
    this.score = score;
    this.kind = kind;
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.colour = Objects.requireNonNull(colour, "colour");
  }

  /** The score graded, in [0, 1]. */
  public double score() {
    return score;
  }

  /** The objective's kind, when labelled. */
  public Optional<ObjectiveKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** The colour band. */
  public Colour colour() {
    return colour;
  }

  /** Whether the grade calls for an explanation: a committed miss. */
  public boolean needsExplanation() {
    return verdict == Verdict.MISSED;
  }

  /** Whether the score suggests the goal was not ambitious enough. */
  public boolean possiblySandbagged() {
    return verdict == Verdict.POSSIBLY_SANDBAGGED;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Grade g && Double.compare(g.score, score) == 0 && g.kind == kind
        && g.verdict == verdict && g.colour == colour;
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, kind, verdict, colour);
  }

  /** {@code 0.65 aspirational: healthy, yellow}. */
  @Override
  public String toString() {
    return Numbers.format(score) + " " + (kind == null ? "unlabelled" : kind.id()) + ": " + verdict.id() + ", " + colour.id();
  }
}
