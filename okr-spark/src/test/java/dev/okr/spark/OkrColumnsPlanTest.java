package dev.okr.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.okr.core.MeasurementType;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The score of a built-in profile is an expression Spark plans and generates code for: no UDF. */
class OkrColumnsPlanTest {
  private static final StructType SCHEMA = LocalSpark.KEY_RESULT_ROWS;

  private static Dataset<Row> graded(Profile profile) {
    Dataset<Row> df = LocalSpark.session().createDataFrame(List.of(
        RowFactory.create("increase", 40.0, 60.0, 55.0, null),
        RowFactory.create("decrease", 5.0, 3.0, 3.5, 2.0),
        RowFactory.create("at-least", null, 99.9, 99.95, null),
        RowFactory.create("binary", null, null, null, null),
        RowFactory.create("increase", 10.0, 10.0, 12.0, null)), SCHEMA);
    return df.withColumn("graded",
        OkrColumns.grade(profile, col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch")));
  }

  @Test
  void theExecutedPlanOfEveryBuiltInProfileHasNoUdf() {
    for (Profile profile : Profiles.all().values()) {
      Dataset<Row> graded = graded(profile);
      String plan = graded.queryExecution().explainString(org.apache.spark.sql.execution.ExtendedMode$.MODULE$);
      assertThat(plan).as(profile.name()).contains("CASE WHEN").doesNotContainIgnoringCase("udf");
    }
  }

  @Test
  void aRowIsScoredOrSaysWhyNot() {
    List<Row> rows = graded(Profiles.okr()).select("graded.score", "graded.reason").collectAsList();
    assertThat(rows.get(0).getDouble(0)).isEqualTo(0.75);
    assertThat(rows.get(1).getDouble(0)).isEqualTo(0.7 * 0.75);
    assertThat(rows.get(2).getDouble(0)).isEqualTo(1.0);
    assertThat(rows.get(3).isNullAt(0)).isTrue();
    assertThat(rows.get(3).getString(1)).isEqualTo("no check-in");
    assertThat(rows.get(4).isNullAt(0)).isTrue();
    assertThat(rows.get(4).getString(1)).contains("flat-range=reject");
  }

  @Test
  void aStrategyThatIsNotBuiltInIsRefused() {
    Profile custom = Profile.builder().name("custom").description("an application's own strategy")
        .strategies(java.util.Map.of(MeasurementType.INCREASE, "linear", MeasurementType.DECREASE, "linear",
            MeasurementType.AT_LEAST, "maintain", MeasurementType.AT_MOST, "maintain",
            MeasurementType.BINARY, "coin-flip", MeasurementType.MILESTONES, "milestones"))
        .build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OkrColumns.score(custom, col("t"), col("b"), col("g"), col("c"), col("s")))
        .withMessageContaining("coin-flip");
  }
}
