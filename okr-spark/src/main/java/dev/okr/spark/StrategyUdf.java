package dev.okr.spark;

import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Scores a batch row with {@link Scorer} under the profile a {@link ProfileSource} gives, for a
 * strategy okr-spark has no expression for (an application's own): the struct {@code (score,
 * attainment, contribution, reason)}, the numbers null and the reason set when the row cannot be
 * scored, never a failed task. Serialisable: it holds the source, and builds its scorer once per
 * instance on each executor.
 */
final class StrategyUdf implements UDF5<String, Double, Double, Double, Double, Row> {
  private static final long serialVersionUID = 1L;

  /** What the UDF gives. */
  static final StructType RESULT = new StructType()
      .add("score", DataTypes.DoubleType, true)
      .add("attainment", DataTypes.DoubleType, true)
      .add("contribution", DataTypes.DoubleType, true)
      .add("reason", DataTypes.StringType, true);

  private final ProfileSource source;
  private transient @Nullable Scorer scorer;

  StrategyUdf(ProfileSource source) {
    this.source = source;
  }

  /** The UDF applied to a row's columns. */
  static Column column(ProfileSource source, Column type, Column baseline, Column target, Column current, Column stretch) {
    return org.apache.spark.sql.functions.udf(new StrategyUdf(source), RESULT)
        .apply(type, baseline.cast(DataTypes.DoubleType), target.cast(DataTypes.DoubleType),
            current.cast(DataTypes.DoubleType), stretch.cast(DataTypes.DoubleType));
  }

  private Scorer scorer() {
    Scorer s = scorer;
    if (s == null) {
      s = Scorer.of(source.profile());
      scorer = s;
    }
    return s;
  }

  @Override
  public Row call(@Nullable String type, @Nullable Double baseline, @Nullable Double target, @Nullable Double current,
      @Nullable Double stretch) {
    Score score;
    try {
      score = scorer().score(OkrFunctions.observation(type, baseline, target, current, stretch));
    } catch (RuntimeException refused) {
      return RowFactory.create(null, null, null, String.valueOf(refused.getMessage()));
    }
    if (score instanceof Score.Scored s) {
      return RowFactory.create(s.value(), s.attainment(), s.contribution(), null);
    }
    return RowFactory.create(null, null, null, ((Score.Unscored) score).reason());
  }
}
