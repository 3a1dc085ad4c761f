package dev.okr.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tests' one local Spark session (loopback only, no UI, one shuffle partition) and the schema
 * of the key-result rows they score.
 */
final class LocalSpark {
  private LocalSpark() {}

  /** A key-result row as the tests write it: its type and numbers, each nullable. */
  static final StructType KEY_RESULT_ROWS = new StructType()
      .add("kr_type", DataTypes.StringType)
      .add("baseline", DataTypes.DoubleType)
      .add("target", DataTypes.DoubleType)
      .add("current", DataTypes.DoubleType)
      .add("stretch", DataTypes.DoubleType);

  static SparkSession session() {
    return SparkSession.builder()
        .appName("okr-spark-test")
        .master("local[1]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .getOrCreate();
  }
}
