package dev.okr.scoring;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of the rollups. */
class RollupPropertiesTest {

  /** Items with values in [-2, 3] (kept overshoots and negatives included) and weights in (0, 100]. */
  private static Gen<List<RollupItem>> items() {
    Gen<RollupItem> item = integers().between(-200, 300).zip(integers().between(1, 10_000),
        (v, w) -> RollupItem.keyResult("kr", v / 100.0, w / 100.0));
    return lists().of(item).ofSizeBetween(1, 12);
  }

  private static double min(List<RollupItem> items) {
    return items.stream().mapToDouble(RollupItem::value).min().orElseThrow();
  }

  private static double max(List<RollupItem> items) {
    return items.stream().mapToDouble(RollupItem::value).max().orElseThrow();
  }

  @Test
  void everyRollupLiesBetweenTheSmallestAndTheLargestItem() {
    qt().forAll(items()).checkAssert(items -> {
      for (StandardRollup rollup : StandardRollup.values()) {
        assertThat(rollup.combine(items)).isBetween(min(items), max(items));
      }
    });
  }

  @Test
  void theWeightedMeanIsUnchangedWhenEveryWeightIsScaled() {
    qt().forAll(items(), integers().between(1, 1000)).checkAssert((items, k) -> {
      double factor = k / 7.0;
      List<RollupItem> scaled = new ArrayList<>();
      for (RollupItem item : items) {
        scaled.add(RollupItem.keyResult(item.id(), item.value(), item.weight() * factor));
      }
      assertThat(StandardRollup.WEIGHTED_MEAN.combine(scaled))
          .isCloseTo(StandardRollup.WEIGHTED_MEAN.combine(items), within(1e-12));
    });
  }

  @Test
  void theWeightedMeanOfEqualWeightsIsThePlainMean() {
    qt().forAll(items(), integers().between(1, 1000)).checkAssert((items, w) -> {
      List<RollupItem> equal = new ArrayList<>();
      for (RollupItem item : items) {
        equal.add(RollupItem.keyResult(item.id(), item.value(), w / 10.0));
      }
      assertThat(StandardRollup.WEIGHTED_MEAN.combine(equal)).isCloseTo(StandardRollup.MEAN.combine(items), within(1e-12));
    });
  }

  @Test
  void theMinimumIsAnItemAndNoItemIsBelowIt() {
    qt().forAll(items()).checkAssert(items -> {
      double min = StandardRollup.MINIMUM.combine(items);
      assertThat(items).anySatisfy(i -> assertThat(i.value()).isEqualTo(min));
      assertThat(StandardRollup.MINIMUM.combine(items)).isLessThanOrEqualTo(StandardRollup.MEAN.combine(items));
    });
  }

  @Test
  void aRollupOfOneItemIsThatItem() {
    qt().forAll(items()).checkAssert(items -> {
      List<RollupItem> one = items.subList(0, 1);
      for (StandardRollup rollup : StandardRollup.values()) {
        assertThat(rollup.combine(one)).isEqualTo(one.get(0).value());
      }
    });
  }
}
