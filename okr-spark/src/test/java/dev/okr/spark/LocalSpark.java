package dev.okr.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' one local Spark session: loopback only, no UI, one shuffle partition. */
final class LocalSpark {
  private LocalSpark() {}

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
