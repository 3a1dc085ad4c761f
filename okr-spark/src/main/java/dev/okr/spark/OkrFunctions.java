package dev.okr.spark;

import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.scoring.Observation;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * SQL functions {@code okr_score(kr_type, baseline, target, current, stretch)} (a double, null when
 * unscored) and {@code okr_reason(...)} (why not, null when scored) under a built-in profile.
 *
 * <p>Spark's public API registers user-defined functions, not expressions, as SQL functions, so
 * these are UDFs that score each row with {@link Scorer}: the same scores as {@link OkrColumns},
 * which the DataFrame API should prefer (Catalyst optimises its expressions; a UDF is opaque to it).
 * The functions name the profile, not hold it, so that executors find it in {@link Profiles}.
 *
 * <p>{@link #register(SparkSession, ProfileSource)} registers them, with the attainment, the
 * contribution and an objective's rollup, under any profile, an application's own strategies
 * included.
 */
public final class OkrFunctions {
  private OkrFunctions() {}

  /**
   * Registers {@code okr_score} and {@code okr_reason} on {@code spark} under the built-in profile
   * named {@code profile}.
   *
   * @throws dev.okr.scoring.ScoringException when no built-in profile has the name
   */
  public static void register(SparkSession spark, String profile) {
    Profiles.named(profile);
    spark.udf().register("okr_score", (UDF5<String, Double, Double, Double, Double, Double>)
        (type, baseline, target, current, stretch) -> {
          Score score = score(profile, type, baseline, target, current, stretch);
          return score instanceof Score.Scored s ? s.value() : null;
        }, DataTypes.DoubleType);
    spark.udf().register("okr_reason", (UDF5<String, Double, Double, Double, Double, String>)
        (type, baseline, target, current, stretch) -> {
          try {
            Score score = Scorer.of(Profiles.named(profile)).score(observation(type, baseline, target, current, stretch));
            return score instanceof Score.Unscored u ? u.reason() : null;
          } catch (RuntimeException refused) {
            return refused.getMessage();
          }
        }, DataTypes.StringType);
  }

  /**
   * Registers on {@code spark}, under the profile {@code source} gives (any strategy, an
   * application's own too): {@code okr_score}, {@code okr_attainment}, {@code okr_contribution} and
   * {@code okr_reason} of {@code (kr_type, baseline, target, current, stretch)}, each row scored by
   * {@link Scorer} on the executors, and the aggregate {@code okr_rollup(contribution, weight,
   * line)}, an objective's rollup ({@link OkrRollups}).
   *
   * @throws RuntimeException whatever building the profile throws, at once on the driver
   */
  public static void register(SparkSession spark, ProfileSource source) {
    source.profile();
    StrategyUdf udf = new StrategyUdf(source);
    String[] names = {"okr_score", "okr_attainment", "okr_contribution"};
    for (int i = 0; i < names.length; i++) {
      int field = i;
      spark.udf().register(names[i], (UDF5<String, Double, Double, Double, Double, Double>)
          (type, baseline, target, current, stretch) -> (Double) udf.call(type, baseline, target, current, stretch).get(field),
          DataTypes.DoubleType);
    }
    spark.udf().register("okr_reason", (UDF5<String, Double, Double, Double, Double, String>)
        (type, baseline, target, current, stretch) -> udf.call(type, baseline, target, current, stretch).getString(3),
        DataTypes.StringType);
    spark.udf().register("okr_rollup", OkrRollups.function(source));
  }

  private static @Nullable Score score(String profile, @Nullable String type, @Nullable Double baseline,
      @Nullable Double target, @Nullable Double current, @Nullable Double stretch) {
    try {
      return Scorer.of(Profiles.named(profile)).score(observation(type, baseline, target, current, stretch));
    } catch (RuntimeException refused) {
      return null;
    }
  }

  /** What a batch row says of a key result, as {@link Scorer} reads it; undated. */
  static Observation observation(@Nullable String typeId, @Nullable Double baseline, @Nullable Double target,
      @Nullable Double current, @Nullable Double stretch) {
    if (typeId == null) {
      throw new IllegalArgumentException("unknown key result type");
    }
    MeasurementType type = MeasurementType.fromId(typeId.trim());
    Observation.Builder o = Observation.builder("kr", type);
    if (type == MeasurementType.MILESTONES) {
      if (target == null || !(target >= 1) || target != Math.rint(target)) {
        throw new IllegalArgumentException("milestones need target = the number of milestones, at least 1");
      }
      if (current != null && (!(current >= 0) || current > target || current != Math.rint(current))) {
        throw new IllegalArgumentException("milestones need current = the number done, 0 to target");
      }
      List<Milestone> milestones = new ArrayList<>();
      Set<String> done = new LinkedHashSet<>();
      for (int i = 0; i < target; i++) {
        milestones.add(Milestone.of("milestone " + (i + 1)));
        if (current != null && i < current) {
          done.add("milestone " + (i + 1));
        }
      }
      o.milestones(milestones);
      if (current != null) {
        o.current(Observation.Reading.milestonesDone(done));
      }
      return o.build();
    }
    if (baseline != null) {
      o.baseline(baseline);
    }
    if (target != null) {
      o.target(target);
    }
    if (stretch != null) {
      o.stretch(stretch);
    }
    if (current != null) {
      if (type == MeasurementType.BINARY && current != 1 && current != 0) {
        throw new IllegalArgumentException("binary current must be 1 (achieved) or 0");
      }
      o.current(type == MeasurementType.BINARY ? Observation.Reading.achieved(current == 1)
          : Observation.Reading.value(current));
    }
    return o.build();
  }
}
