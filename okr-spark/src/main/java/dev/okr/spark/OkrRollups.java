package dev.okr.spark;

import static org.apache.spark.sql.functions.lit;

import dev.okr.scoring.RollupPolicy;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Objectives' rolled-up scores as a Spark aggregation, for {@code groupBy(objective)}: the
 * profile's own {@link dev.okr.scoring.Rollup} (weighted mean, mean, minimum, or an application's)
 * and {@link RollupPolicy} (unscored key results as 0 or left out, the rollup's rounding, the clamp),
 * the same number as okr-scoring's rollup on one machine whatever the partitioning.
 *
 * <pre>{@code
 * Column rollup = OkrRollups.objective(ProfileSource.named("okr"), col("contribution"), col("weight"), col("line"));
 * graded.groupBy("objective_id").agg(rollup.as("rollup")).select("objective_id", "rollup.*");
 * }</pre>
 *
 * <p>A row gives its key result's contribution (its score before the clamp; {@link
 * OkrColumns#contribution} or a graded export's {@code contribution}; null when unscored), its
 * weight and its order (the line). Items are summed in that order, whatever partition they come
 * from, so the rollup is the batch grader's to the last bit; without an order ({@link
 * #objective(ProfileSource, Column, Column)}) the items are summed by value, which may differ from
 * another order in the last bits of a mean but not between runs.
 *
 * <p>The result is the struct {@link #ROLLUP}: {@code key_results} and {@code scored} (counts),
 * {@code score} (in [0, 1]) and {@code raw} (before the clamp), null with a {@code reason} when the
 * objective has no score (every key result unscored and left out, or a weight that is not a finite
 * number greater than 0). An objective's key results are held in memory while it is rolled up.
 */
public final class OkrRollups {
  /** The input of the aggregator: contribution (null when unscored), weight and order. */
  public static final StructType ITEM = new StructType()
      .add("contribution", DataTypes.DoubleType, true)
      .add("weight", DataTypes.DoubleType, true)
      .add("order", DataTypes.LongType, true);

  /** The result of a rollup: counts, score and raw number (null when unscored) and the reason. */
  public static final StructType ROLLUP = new StructType()
      .add("key_results", DataTypes.IntegerType, false)
      .add("scored", DataTypes.IntegerType, false)
      .add("score", DataTypes.DoubleType, true)
      .add("raw", DataTypes.DoubleType, true)
      .add("reason", DataTypes.StringType, true);

  private OkrRollups() {}

  /** The rollup of each group's rows, items summed in {@code order} (a long; the line). */
  public static Column objective(ProfileSource profile, Column contribution, Column weight, Column order) {
    return function(profile).apply(contribution.cast(DataTypes.DoubleType), weight.cast(DataTypes.DoubleType),
        order.cast(DataTypes.LongType));
  }

  /** The rollup of each group's rows without an order: items summed in order of value. */
  public static Column objective(ProfileSource profile, Column contribution, Column weight) {
    return objective(profile, contribution, weight, lit(0L));
  }

  /** The aggregate function, to register for SQL ({@code spark.udf().register("okr_rollup", ...)}). */
  public static UserDefinedFunction function(ProfileSource profile) {
    return org.apache.spark.sql.functions.udaf(aggregator(profile), Encoders.row(ITEM));
  }

  /**
   * The typed aggregator, for {@code groupByKey(...).agg(aggregator.toColumn())}: it reads the
   * fields {@code contribution}, {@code weight} and {@code order} of each row by name.
   */
  public static Aggregator<Row, ?, Row> aggregator(ProfileSource profile) {
    return new ObjectiveRollupAggregator(profile);
  }
}
