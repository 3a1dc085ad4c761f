package dev.okr.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Grader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link OkrGrades} reads scores as {@link Grader} does, for every kind (committed, aspirational,
 * unlabelled) and key-result type, at and around every band's edge: the same verdict and colour.
 */
class OkrGradesTest {
  @Test
  void theColumnsGradeAsTheGraderDoes() {
    StructType schema = new StructType().add("score", DataTypes.DoubleType).add("kind", DataTypes.StringType)
        .add("kr_type", DataTypes.StringType);
    double[] scores = {0.0, 0.1, 0.2999999, 0.3, 0.35, 0.4, 0.5999, 0.6, 0.65, 0.7, 0.7000001, 0.8, 0.99, 1.0};
    String[] kinds = {"committed", "aspirational", "", " Aspirational "};
    String[] types = {"increase", "decrease", "at-least", "at-most", "binary", "milestones"};
    List<Row> rows = new ArrayList<>();
    for (double score : scores) {
      for (String kind : kinds) {
        for (String type : types) {
          rows.add(RowFactory.create(score, kind, type));
        }
      }
    }
    rows.add(RowFactory.create(null, "committed", "increase"));
    rows.add(RowFactory.create(0.5, null, "increase"));
    rows.add(RowFactory.create(0.5, "stretchy", "increase"));
    List<Row> out = LocalSpark.session().createDataFrame(rows, schema).select(col("*"),
        OkrGrades.grade(col("score"), col("kind"), col("kr_type")),
        OkrGrades.colour(col("score"), col("kind"), col("kr_type"))).collectAsList();
    Grader grader = Grader.defaults();
    for (Row r : out) {
      String kind = r.isNullAt(1) ? "" : r.getString(1).strip().toLowerCase(java.util.Locale.ROOT);
      if (r.isNullAt(0) || !(kind.isEmpty() || kind.equals("committed") || kind.equals("aspirational"))) {
        assertThat(r.isNullAt(3)).as(r.toString()).isTrue();
        assertThat(r.isNullAt(4)).as(r.toString()).isTrue();
        continue;
      }
      Optional<ObjectiveKind> k = kind.isEmpty() ? Optional.empty() : Optional.of(ObjectiveKind.fromId(kind));
      boolean exceeds = r.getString(2).equals("increase") || r.getString(2).equals("decrease");
      Grade grade = grader.grade(r.getDouble(0), k, exceeds);
      assertThat(r.getString(3)).as(r.toString()).isEqualTo(grade.verdict().id());
      assertThat(r.getString(4)).as(r.toString()).isEqualTo(grade.colour().id());
    }
    assertThat(out).extracting(r -> r.getString(3)).contains("possibly-sandbagged", "above-expectation", "met", "missed",
        "unlabelled", "healthy", "unrealistic", "below-expectation");
  }
}
