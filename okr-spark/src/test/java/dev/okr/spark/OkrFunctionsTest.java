package dev.okr.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.scoring.Profiles;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The SQL functions give the scores the columns give, with a reason exactly where there is none. */
class OkrFunctionsTest {
  private static final StructType SCHEMA = LocalSpark.KEY_RESULT_ROWS;

  @Test
  void okrScoreInSqlIsTheColumnScore() {
    SparkSession spark = LocalSpark.session();
    Dataset<Row> krs = spark.createDataFrame(List.of(
        RowFactory.create("increase", 40.0, 60.0, 55.0, null),
        RowFactory.create("decrease", 5.0, 3.0, 3.5, 2.0),
        RowFactory.create("at-least", null, 99.9, 99.85, null),
        RowFactory.create("at_most", null, 300.0, 280.0, null),
        RowFactory.create("binary", null, null, 1.0, null),
        RowFactory.create("milestones", null, 4.0, 3.0, null),
        RowFactory.create("milestones", null, 4.0, 5.0, null),
        RowFactory.create("increase", 60.0, 40.0, 55.0, null),
        RowFactory.create("increase", 10.0, 10.0, 12.0, null),
        RowFactory.create("increase", null, 10.0, 12.0, null),
        RowFactory.create("increase", 1.0, 10.0, null, null),
        RowFactory.create("rocket", 1.0, 10.0, 5.0, null)), SCHEMA);
    krs.createOrReplaceTempView("krs");
    for (String profile : Profiles.all().keySet()) {
      OkrFunctions.register(spark, profile);
      List<Row> sql = spark.sql("SELECT okr_score(kr_type, baseline, target, current, stretch), "
          + "okr_reason(kr_type, baseline, target, current, stretch) FROM krs").collectAsList();
      List<Row> columns = krs.select(OkrColumns.score(Profiles.named(profile), col("kr_type"), col("baseline"),
          col("target"), col("current"), col("stretch"))).collectAsList();
      for (int i = 0; i < sql.size(); i++) {
        assertThat(sql.get(i).get(0)).as("%s, row %s", profile, i).isEqualTo(columns.get(i).get(0));
        assertThat(sql.get(i).isNullAt(1)).as("%s, row %s has a reason when unscored", profile, i)
            .isEqualTo(!sql.get(i).isNullAt(0));
      }
    }
  }
}
