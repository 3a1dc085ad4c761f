package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in rollups at their edges: no item at all, the count an accumulator keeps, the weights
 * that only the weighted mean reads, and the formula each one shows.
 */
class StandardRollupEdgesTest {

  private static final List<RollupItem> ITEMS =
      List.of(RollupItem.keyResult("kr-1", 1.0, 3.0), RollupItem.keyResult("kr-2", 0.0, 1.0));

  @Test
  void anEmptyRollupIsRefusedByEveryStandardRollup() {
    for (StandardRollup rollup : StandardRollup.values()) {
      assertThatThrownBy(() -> rollup.combine(List.of()))
          .as(rollup.id())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a rollup needs at least one item");
      assertThatThrownBy(() -> rollup.accumulator().result())
          .as(rollup.id())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a rollup needs at least one item");
    }
  }

  @Test
  void anAccumulatorCountsTheItemsAdded() {
    for (StandardRollup rollup : StandardRollup.values()) {
      Rollup.Accumulator accumulator = rollup.accumulator();
      assertThat(accumulator.count()).as(rollup.id()).isZero();
      accumulator.add(0.5, 2.0);
      accumulator.add(0.25, 1.0);
      accumulator.add(1.0, 1.0);
      assertThat(accumulator.count()).as(rollup.id()).isEqualTo(3);
    }
  }

  @Test
  void onlyTheWeightedMeanReadsTheWeights() {
    assertThat(StandardRollup.WEIGHTED_MEAN.combine(ITEMS)).isEqualTo(0.75);
    assertThat(StandardRollup.MEAN.combine(ITEMS)).isEqualTo(0.5);
    assertThat(StandardRollup.MINIMUM.combine(ITEMS)).isEqualTo(0.0);
  }

  @Test
  void eachRollupNamesItselfAndShowsItsFormula() {
    assertThat(StandardRollup.WEIGHTED_MEAN.id()).isEqualTo("weighted-mean");
    assertThat(StandardRollup.MEAN.id()).isEqualTo("mean");
    assertThat(StandardRollup.MINIMUM.id()).isEqualTo("minimum");
    assertThat(StandardRollup.WEIGHTED_MEAN.describe(ITEMS, 0.75))
        .isEqualTo("weighted mean = (3 * 1 + 1 * 0) / (3 + 1) = 0.75");
    assertThat(StandardRollup.MEAN.describe(ITEMS, 0.5)).isEqualTo("mean = (1 + 0) / 2 = 0.5");
    assertThat(StandardRollup.MINIMUM.describe(ITEMS, 0.0)).isEqualTo("minimum of (1, 0) = 0");
  }

  @Test
  void aCustomRollupsDefaultAccumulatorKeepsTheItemsForCombine() {
    Rollup largest = new Rollup() {
      @Override
      public String id() {
        return "largest";
      }

      @Override
      public double combine(List<RollupItem> items) {
        if (items.isEmpty()) {
          throw new IllegalArgumentException("none");
        }
        return items.stream().mapToDouble(RollupItem::value).max().getAsDouble();
      }
    };
    Rollup.Accumulator accumulator = largest.accumulator();
    assertThat(accumulator.count()).isZero();
    accumulator.add(0.25, 1.0);
    accumulator.add(0.75, 1.0);
    accumulator.add(0.5, 1.0);
    assertThat(accumulator.count()).isEqualTo(3);
    assertThat(accumulator.result()).isEqualTo(0.75);
    assertThat(largest.describe(ITEMS.subList(0, 1), 1.0)).isEqualTo("largest of [kr-1=1 (weight 3)] = 1");
  }
}
