package dev.okr.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import com.google.common.collect.ImmutableMap;
import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Distribution;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Portfolio;
import dev.okr.scoring.Rate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The key-result figures of okr-scoring's {@link Portfolio} over a whole DataFrame of key results,
 * as Spark aggregations: the committed and aspirational hit rates against their thresholds ({@link
 * Portfolio#COMMITTED_HIT}, {@link Portfolio#ASPIRATIONAL_HIT}; an unscored key result is a miss),
 * and the score distribution per team and kind (counts, mean, quartiles, and the key results in
 * each colour band of the kind, {@link Grader#colours(Optional)}). The figures that need the OKR
 * document rather than its rows (strategic alignment, roadmap traceability, sandbagging across
 * cycles) are not computed here; filter the rows by cycle for the figures of one cycle.
 *
 * <p>Counts, minima, maxima and colour bands are exact. The mean is Spark's {@code avg}, whose
 * summation order follows the partitioning, and the quartiles are Spark's exact {@code percentile}
 * (linear interpolation between the closest ranks, as {@code Portfolio}'s), so both agree with
 * {@code Portfolio}'s within a few units in the last place (relative error at most about n × 2⁻⁵³
 * for n scores in [0, 1]). The quartiles hold a group's scores in memory, as Spark's {@code
 * percentile} does.
 */
public final class OkrPortfolio {
  /** The team of rows whose team column is null, as {@link Portfolio} names objectives without an owner. */
  public static final String NO_TEAM = "(no owner)";
  /** The kind of rows whose kind is null or blank. */
  public static final String UNLABELLED = "unlabelled";

  private OkrPortfolio() {}

  /**
   * The figures of a set of key results.
   *
   * @param committedHitRate committed key results scoring at least {@link Portfolio#COMMITTED_HIT}, of all committed ones
   * @param aspirationalHitRate aspirational key results scoring at least {@link Portfolio#ASPIRATIONAL_HIT}, of all aspirational ones
   * @param distribution per team, then per kind ({@code committed}, {@code aspirational}, {@code unlabelled}), the scores' spread
   */
  public record Figures(Rate committedHitRate, Rate aspirationalHitRate, Map<String, Map<String, Distribution>> distribution) {}

  /** {@link #figures(Dataset, Column, Column, Column, Grader)} with the default grader's colour bands. */
  public static Figures figures(Dataset<Row> keyResults, Column team, Column kind, Column score) {
    return figures(keyResults, team, kind, score, Grader.defaults());
  }

  /**
   * The figures of {@code keyResults}, one row a key result: its team ({@code lit("all")} for one
   * group), its objective's kind ({@code committed}, {@code aspirational}, null or blank when
   * unlabelled; case ignored) and its score (null when unscored), coloured by {@code grader}'s bands
   * of each kind. Runs two Spark jobs.
   */
  public static Figures figures(Dataset<Row> keyResults, Column team, Column kind, Column score, Grader grader) {
    Column k = when(kind.isNull().or(trim(kind).equalTo(lit(""))), lit(UNLABELLED)).otherwise(lower(trim(kind)));
    Column s = score.cast(DataTypes.DoubleType);
    Column committed = k.equalTo(lit(ObjectiveKind.COMMITTED.id()));
    Column aspirational = k.equalTo(lit(ObjectiveKind.ASPIRATIONAL.id()));
    Row rates = keyResults.agg(count_if(committed), count_if(committed.and(s.geq(lit(Portfolio.COMMITTED_HIT)))),
        count_if(aspirational), count_if(aspirational.and(s.geq(lit(Portfolio.ASPIRATIONAL_HIT))))).first();
    Column colour = when(committed, OkrGrades.band(grader.colours(Optional.of(ObjectiveKind.COMMITTED)), s, Colour::id))
        .when(aspirational, OkrGrades.band(grader.colours(Optional.of(ObjectiveKind.ASPIRATIONAL)), s, Colour::id))
        // another kind has the unlabelled bands, as in Portfolio
        .otherwise(OkrGrades.band(grader.colours(), s, Colour::id));
    Column[] aggregates = new Column[7 + Colour.values().length];
    aggregates[0] = count_if(s.isNull());
    aggregates[1] = avg(s);
    aggregates[2] = min(s);
    aggregates[3] = percentile(s, lit(0.25));
    aggregates[4] = percentile(s, lit(0.5));
    aggregates[5] = percentile(s, lit(0.75));
    aggregates[6] = max(s);
    for (Colour c : Colour.values()) {
      aggregates[7 + c.ordinal()] = count_if(colour.equalTo(lit(c.id())));
    }
    Map<String, Map<String, Distribution>> byTeam = new TreeMap<>();
    for (Row r : keyResults.groupBy(coalesce(team.cast(DataTypes.StringType), lit(NO_TEAM)).as("team"), k.as("kind"))
        .agg(org.apache.spark.sql.functions.count(lit(1)), aggregates).collectAsList()) {
      long unscored = r.getLong(3);
      Map<Colour, Long> colours = new EnumMap<>(Colour.class);
      for (Colour c : Colour.values()) {
        colours.put(c, r.getLong(10 + c.ordinal()));
      }
      Distribution d = new Distribution(r.getLong(2), unscored, optional(r, 4), optional(r, 5), optional(r, 6),
          optional(r, 7), optional(r, 8), optional(r, 9), ImmutableMap.copyOf(colours));
      byTeam.computeIfAbsent(r.getString(0), t -> new TreeMap<>()).put(r.getString(1), d);
    }
    ImmutableMap.Builder<String, Map<String, Distribution>> distribution = ImmutableMap.builder();
    byTeam.forEach((t, kinds) -> distribution.put(t, ImmutableMap.copyOf(kinds)));
    return new Figures(new Rate(rates.getLong(1), rates.getLong(0)), new Rate(rates.getLong(3), rates.getLong(2)),
        distribution.buildOrThrow());
  }

  private static OptionalDouble optional(Row row, int field) {
    return row.isNullAt(field) ? OptionalDouble.empty() : OptionalDouble.of(((Number) row.get(field)).doubleValue());
  }
}
