package dev.okr.scoring;

import com.google.common.collect.ImmutableMap;
import dev.okr.core.KeyResult;
import dev.okr.core.MeasurementType;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named bundle of policies: how key results are scored, which strategy scores each measurement
 * type, and how scores roll up. {@link Profiles} holds okr's own profile and the compatibility
 * profiles that reproduce other tools; each is documented in {@code okr-scoring/docs/profiles/}.
 */
@Value.Immutable
public interface Profile extends WithProfile {

  /** The profile's name, e.g. {@code okr} or {@code quantive}. */
  String name();

  /** One line on what the profile reproduces. */
  String description();

  /** The key-result policies. */
  @Value.Default
  default ScoringPolicy scoring() {
    return ScoringPolicy.defaults();
  }

  /** The rollup policies. */
  @Value.Default
  default RollupPolicy rollup() {
    return RollupPolicy.defaults();
  }

  /**
   * The strategy that scores each measurement type, by name: {@code linear} for increases and
   * decreases, {@code maintain} for at-least and at-most, {@code binary}, {@code milestones},
   * unless set. Any strategy {@link ScoringStrategies} finds may be named.
   */
  @Value.Default
  default Map<MeasurementType, String> strategies() {
    return ImmutableMap.of(
        MeasurementType.INCREASE, LinearStrategy.NAME,
        MeasurementType.DECREASE, LinearStrategy.NAME,
        MeasurementType.AT_LEAST, MaintainStrategy.NAME,
        MeasurementType.AT_MOST, MaintainStrategy.NAME,
        MeasurementType.BINARY, BinaryStrategy.NAME,
        MeasurementType.MILESTONES, MilestonesStrategy.NAME);
  }

  /**
   * The strategy for a key result with a stretch target under a stretch scale other than {@code
   * ignore}: {@code stretch} unless set.
   */
  @Value.Default
  default String stretchStrategy() {
    return StretchStrategy.NAME;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The name of the strategy that scores this key result.
   *
   * @throws ScoringException when the key result has no measurement or the profile names no
   *     strategy for its type
   */
  default String strategyFor(KeyResult keyResult) {
    var measurement = keyResult.measurement()
        .orElseThrow(() -> new ScoringException(
            "measurement", null, "key result " + keyResult.id() + " has no measurement; the statement alone cannot be scored"));
    return strategyFor(measurement.type(), measurement.stretch().isPresent());
  }

  /**
   * The name of the strategy that scores a key result of this type, with or without a stretch
   * target: {@link #stretchStrategy()} for a stretched increase or decrease unless the stretch scale
   * is {@code ignore}, else the type's entry in {@link #strategies()}.
   *
   * @throws ScoringException when the profile names no strategy for the type
   */
  default String strategyFor(MeasurementType type, boolean hasStretch) {
    boolean stretched = hasStretch
        && scoring().stretchScale() != ScoringPolicy.StretchScale.IGNORE
        && (type == MeasurementType.INCREASE || type == MeasurementType.DECREASE);
    if (stretched) {
      return stretchStrategy();
    }
    String name = strategies().get(type);
    if (name == null) {
      throw new ScoringException("measurement.type", type.id(), "profile " + name() + " names no strategy for this type");
    }
    return name;
  }

  @Value.Check
  default void check() {
    if (!name().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("a profile name is lower-case words joined by hyphens (was \"" + name() + "\")");
    }
  }

  /**
   * Builds a {@link Profile}: set {@code name} (lower-case words joined by hyphens) and {@code
   * description} (required); then any of {@code scoring} (a {@link ScoringPolicy}, okr's defaults
   * unless set), {@code rollup} (a {@link RollupPolicy}), {@code strategies} (the strategy's name for
   * each measurement type; {@code putStrategy(type, name)} sets one) and {@code stretchStrategy}.
   * {@code from(profile)} starts from a copy, as {@code Profiles.okr().withScoring(...)} does in one
   * step. {@code build()} throws {@link dev.okr.core.OkrValidationException} naming a required
   * field left unset, and {@link IllegalArgumentException} for a malformed name. A builder is not
   * thread-safe; the profile it builds is immutable.
   */
  final class Builder extends ImmutableProfile.Builder {}
}
