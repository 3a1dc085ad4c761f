package dev.okr.benchmarks;

import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and validating a whole document: {@code objectives} objectives (100 by default) of ten
 * teams in one quarter, each with 4 key results of 6 weekly check-ins and one initiative; the first
 * ten are company objectives, the others aligned to one of them or cascaded from one of its key
 * results. All text, dates and numbers are made in {@link #setUp()}, so the benchmark measures the
 * builders and validation only.
 *
 * <ul>
 *   <li>{@link #buildAndValidate()}: every value through its builder, each validated as it is
 *       built, then the document (ids, references, alignment cycles);
 *   <li>{@link #validateDocument()}: the document-level checks alone, over objectives already built.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 1)
@Fork(1)
public class OkrSetBenchmark {
  private static final int KEY_RESULTS = 4;
  private static final int CHECK_INS = 6;
  private static final int COMPANY_OBJECTIVES = 10;
  private static final Cycle QUARTER = Cycle.quarter(2026, 3);

  /** The number of objectives in the document. */
  @Param("100")
  public int objectives;

  private String[] objectiveIds;
  private String[] titles;
  private String[][] keyResultIds;
  private String[][] statements;
  private String[] initiativeIds;
  private Owner[] owners;
  private LocalDate[] days;

  private List<Objective> built;

  /** Makes the text, dates and numbers, and one built copy of the objectives. */
  @Setup
  public void setUp() {
    objectiveIds = new String[objectives];
    titles = new String[objectives];
    keyResultIds = new String[objectives][KEY_RESULTS];
    statements = new String[objectives][KEY_RESULTS];
    initiativeIds = new String[objectives];
    owners = new Owner[10];
    for (int t = 0; t < owners.length; t++) {
      owners[t] = Owner.team("Team " + t);
    }
    days = new LocalDate[CHECK_INS];
    for (int c = 0; c < CHECK_INS; c++) {
      days[c] = QUARTER.start().plusWeeks(c + 1);
    }
    for (int o = 0; o < objectives; o++) {
      objectiveIds[o] = "objective-" + o;
      titles[o] = "Delight the customers of segment " + o;
      initiativeIds[o] = "initiative-" + o;
      for (int k = 0; k < KEY_RESULTS; k++) {
        keyResultIds[o][k] = "kr-" + o + "-" + k;
        statements[o][k] = "Increase metric " + k + " of segment " + o + " from " + (10 + k) + " to " + (20 + k);
      }
    }
    built = buildObjectives();
  }

  /** Builds and validates every value and the whole document. */
  @Benchmark
  public OkrSet buildAndValidate() {
    return OkrSet.of(buildObjectives());
  }

  /** Validates the document over objectives already built: unique ids, references, no alignment cycle. */
  @Benchmark
  public OkrSet validateDocument() {
    return OkrSet.of(built);
  }

  private List<Objective> buildObjectives() {
    List<Objective> list = new ArrayList<>(objectives);
    for (int o = 0; o < objectives; o++) {
      Objective.Builder objective = new Objective.Builder()
          .id(objectiveIds[o])
          .title(titles[o])
          .kind(o % 3 == 0 ? ObjectiveKind.COMMITTED : ObjectiveKind.ASPIRATIONAL)
          .owner(owners[o % owners.length])
          .cycle(QUARTER);
      if (o >= COMPANY_OBJECTIVES) {
        int parent = o % COMPANY_OBJECTIVES;
        objective.alignment(o % 2 == 0
            ? Alignment.toObjective(objectiveIds[parent])
            : Alignment.toKeyResult(keyResultIds[parent][o % KEY_RESULTS]));
      }
      for (int k = 0; k < KEY_RESULTS; k++) {
        double baseline = 10 + k;
        KeyResult.Builder kr = new KeyResult.Builder()
            .id(keyResultIds[o][k])
            .statement(statements[o][k])
            .measurement(new Measurement.Builder()
                .type(MeasurementType.INCREASE)
                .unit("%")
                .baseline(baseline)
                .target(baseline + 10)
                .build());
        for (int c = 0; c < CHECK_INS; c++) {
          kr.addCheckIns(new CheckIn.Builder().date(days[c]).value(baseline + c * 1.5).confidence(0.7).build());
        }
        objective.addKeyResults(kr.build());
      }
      objective.addInitiatives(new Initiative.Builder()
          .id(initiativeIds[o])
          .title(titles[o])
          .addKeyResultIds(keyResultIds[o][0], keyResultIds[o][1])
          .build());
      list.add(objective.build());
    }
    return list;
  }
}
