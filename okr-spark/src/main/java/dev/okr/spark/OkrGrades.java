package dev.okr.spark;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.okr.core.MeasurementType;
import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Bands;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * A score's final grade and colour for its objective's kind as Spark columns, built from a {@link
 * Grader}'s own bands ({@link Grader#committed()}, {@link Grader#aspirational()}, {@link
 * Grader#colours()}) and rules ({@link Grader#canExceedTarget(MeasurementType)}, {@link
 * Verdict#colour()}): the batch grader's {@code grade} and {@code colour} columns, as Catalyst
 * expressions.
 *
 * <p>The kind is {@code committed}, {@code aspirational} (case and surrounding spaces ignored), or
 * null or blank for an unlabelled objective, whose grade is {@code unlabelled} and whose colour
 * comes from the score bands. A null score, or another kind, gives null.
 */
public final class OkrGrades {
  private static final Column NONE = lit(null).cast(DataTypes.StringType);

  private OkrGrades() {}

  /**
   * The verdict's id ({@code met}, {@code missed}, {@code healthy}, ...) of {@code score} for an
   * objective of {@code kind}, a key result of type {@code krType}: {@link Grader#grade(double,
   * java.util.Optional, boolean)} with the type's {@link Grader#canExceedTarget(MeasurementType)}.
   */
  public static Column grade(Grader grader, Column score, Column kind, Column krType) {
    Column k = lower(trim(kind));
    List<String> canExceed = new ArrayList<>();
    for (MeasurementType t : MeasurementType.values()) {
      if (Grader.canExceedTarget(t)) {
        canExceed.add(t.id());
        canExceed.add(t.id().replace('-', '_'));
      }
    }
    Column exceeds = lower(trim(krType)).isin(canExceed.toArray());
    Column unlabelled = kind.isNull().or(k.equalTo(lit("")));
    return when(score.isNull(), NONE)
        .when(k.equalTo(lit(ObjectiveKind.COMMITTED.id())), sandbagged(band(grader.committed(), score, Verdict::id), exceeds))
        .when(k.equalTo(lit(ObjectiveKind.ASPIRATIONAL.id())),
            sandbagged(band(grader.aspirational(), score, Verdict::id), exceeds))
        .when(unlabelled, lit(Verdict.UNLABELLED.id()))
        .otherwise(NONE);
  }

  /** {@link #grade(Grader, Column, Column, Column)} with the default grader. */
  public static Column grade(Column score, Column kind, Column krType) {
    return grade(Grader.defaults(), score, kind, krType);
  }

  /**
   * The colour's id ({@code red}, {@code yellow}, {@code green}) of the grade: the verdict's
   * colour, or for an unlabelled objective the score's colour in {@link Grader#colours()}.
   */
  public static Column colour(Grader grader, Column score, Column kind, Column krType) {
    Column verdict = grade(grader, score, kind, krType);
    Column colour = when(verdict.equalTo(lit(Verdict.UNLABELLED.id())), band(grader.colours(), score, Colour::id));
    for (Verdict v : Verdict.values()) {
      if (v.colour().isPresent()) {
        colour = colour.when(verdict.equalTo(lit(v.id())), lit(v.colour().get().id()));
      }
    }
    return colour.otherwise(NONE);
  }

  /** {@link #colour(Grader, Column, Column, Column)} with the default grader. */
  public static Column colour(Column score, Column kind, Column krType) {
    return colour(Grader.defaults(), score, kind, krType);
  }

  /** {@link Verdict#POSSIBLY_SANDBAGGED} read as {@link Verdict#ABOVE_EXPECTATION} where the scale cannot exceed its target. */
  private static Column sandbagged(Column verdict, Column exceeds) {
    return when(verdict.equalTo(lit(Verdict.POSSIBLY_SANDBAGGED.id())).and(exceeds.isNull().or(exceeds.equalTo(lit(false)))),
        lit(Verdict.ABOVE_EXPECTATION.id())).otherwise(verdict);
  }

  /** The label of the band the score lies in, as {@link Bands#of(double)} finds it; null outside every band. */
  static <E extends Enum<E>> Column band(Bands<E> bands, Column score, Function<E, String> id) {
    Column label = null;
    for (Map.Entry<Range<Double>, E> e : bands.ranges().asMapOfRanges().entrySet()) {
      Range<Double> r = e.getKey();
      Column in = score.isNotNull();
      if (r.hasLowerBound()) {
        in = in.and(r.lowerBoundType() == BoundType.CLOSED ? score.geq(lit(r.lowerEndpoint())) : score.gt(lit(r.lowerEndpoint())));
      }
      if (r.hasUpperBound()) {
        in = in.and(r.upperBoundType() == BoundType.CLOSED ? score.leq(lit(r.upperEndpoint())) : score.lt(lit(r.upperEndpoint())));
      }
      label = label == null ? when(in, lit(id.apply(e.getValue()))) : label.when(in, lit(id.apply(e.getValue())));
    }
    return label == null ? NONE : label.otherwise(NONE);
  }
}
