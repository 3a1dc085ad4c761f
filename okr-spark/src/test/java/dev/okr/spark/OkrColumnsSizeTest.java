package dev.okr.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.junit.jupiter.api.Test;

/**
 * The score and the reason of every built-in profile are expressions of at most 1,000 nodes: an
 * arithmetic operation refers to a computed operand once where it can, so the tree grows with the
 * formula, not exponentially with its depth (when {@code min}, {@code max}, comparisons and rounding
 * copied their operands, the {@code okr} and {@code gitlab} scores had over 100,000 nodes each and
 * their generated code exceeded the JVM's 64 KB method limit; they now have under 700).
 */
class OkrColumnsSizeTest {
  /** Nodes of the analysed score expression, at most; the copying version had far more. */
  private static final long MAX_NODES = 1_000;

  private static long nodes(Column column) {
    var plan = LocalSpark.session().createDataFrame(List.of(), LocalSpark.KEY_RESULT_ROWS).select(column)
        .queryExecution().analyzed();
    return plan.expressions().head().treeString().lines().count();
  }

  @Test
  void everyBuiltInProfilesScoreAndReasonStaySmall() {
    Map<String, Long> sizes = new TreeMap<>();
    for (Profile profile : Profiles.all().values()) {
      Column[] row = {col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch")};
      sizes.put(profile.name() + " score", nodes(OkrColumns.score(profile, row[0], row[1], row[2], row[3], row[4])));
      sizes.put(profile.name() + " reason", nodes(OkrColumns.reason(profile, row[0], row[1], row[2], row[3], row[4])));
    }
    assertThat(sizes).allSatisfy((name, size) -> assertThat(size).as(name).isLessThanOrEqualTo(MAX_NODES));
  }
}
