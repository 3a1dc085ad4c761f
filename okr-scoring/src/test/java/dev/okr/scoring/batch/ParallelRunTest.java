package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The parallel run's threads: the rows read on a daemon thread of the grader's own, a failure of
 * that reading passed to the caller, and a caller interrupted while waiting.
 */
class ParallelRunTest {

  private static final Columns COLUMNS =
      Columns.of(List.of("objective_id", "kr_id", "kind", "kr_type", "baseline", "target", "current", "weight"));

  private static KeyResultRow row(int line) {
    return KeyResultRow.of(line, COLUMNS, List.of("O1", "K" + line, "committed", "increase", "0", "10", "5", ""));
  }

  /** Rows 2, 3, ... up to {@code last}; fails when asked for the row after {@code failAfter} (0: never). */
  private static final class Rows implements Iterator<KeyResultRow> {
    private final int last;
    private final int failAfter;
    private int line = 2;
    volatile boolean failed;
    final List<Thread> readers = Collections.synchronizedList(new ArrayList<>());

    Rows(int last, int failAfter) {
      this.last = last;
      this.failAfter = failAfter;
    }

    @Override
    public boolean hasNext() {
      readers.add(Thread.currentThread());
      return line <= last;
    }

    @Override
    public KeyResultRow next() {
      if (line > last) {
        throw new NoSuchElementException();
      }
      if (failAfter > 0 && line > failAfter) {
        failed = true;
        throw new BatchException(line, "cannot be read");
      }
      return row(line++);
    }
  }

  private static class Collected implements BatchSink {
    final List<String> ids = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();

    @Override
    public void graded(GradedRow row) {
      ids.add(row.row().get("kr_id"));
      threads.add(Thread.currentThread());
    }

    @Override
    public void rejected(RejectedRow row) {
      throw new AssertionError(row);
    }
  }

  @Test
  void rowsAreReadOnADaemonThreadOfTheGradersOwnAndReachTheSinkInOrderOnTheCaller() {
    Rows rows = new Rows(21, 0);
    Collected sink = new Collected();
    List<Thread> preparers = Collections.synchronizedList(new ArrayList<>());
    BatchSummary summary = BatchGrader.builder().parallelism(3).chunkSize(2).build()
        .grade(rows, sink, graded -> preparers.add(Thread.currentThread()));
    assertThat(summary.graded()).isEqualTo(20);
    List<String> expected = new ArrayList<>();
    for (int line = 2; line <= 21; line++) {
      expected.add("K" + line);
    }
    assertThat(sink.ids).isEqualTo(expected);
    assertThat(sink.threads).containsOnly(Thread.currentThread());
    assertThat(rows.readers).isNotEmpty().allSatisfy(t -> {
      assertThat(t.getName()).isEqualTo("okr-batch-reader");
      assertThat(t.isDaemon()).isTrue();
    });
    assertThat(preparers).hasSize(20).allSatisfy(t -> {
      assertThat(t.getName()).isEqualTo("okr-batch-grader");
      assertThat(t.isDaemon()).isTrue();
    });
  }

  @Test
  void aFailureToReadTheRowsReachesTheCaller() {
    Collected sink = new Collected();
    assertThatThrownBy(() -> BatchGrader.builder().parallelism(2).chunkSize(3).build().grade(new Rows(50, 9), sink))
        .isInstanceOf(BatchException.class)
        .hasMessage("line 10: cannot be read");
    // the chunks before the failing one were graded and fed in order
    assertThat(sink.ids).isEqualTo(List.of("K2", "K3", "K4", "K5", "K6", "K7"));
  }

  @Test
  void aFailureToReadIsPassedOnEvenWhenTheQueueIsFull() {
    // the caller is held in the sink at the first row until the reader has filled the queue
    // (parallelism + 1 = 3 chunks of one row) and failed on the next row
    Rows rows = new Rows(50, 5);
    Collected sink = new Collected() {
      @Override
      public void graded(GradedRow row) {
        super.graded(row);
        if (ids.size() == 1) {
          Thread reader = rows.readers.get(0);
          long deadline = System.nanoTime() + 10_000_000_000L;
          while (!(rows.failed && (reader.getState() == Thread.State.WAITING
              || reader.getState() == Thread.State.TERMINATED)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
          }
        }
      }
    };
    assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
        assertThatThrownBy(() -> BatchGrader.builder().parallelism(2).chunkSize(1).build().grade(rows, sink))
            .isInstanceOf(BatchException.class)
            .hasMessage("line 6: cannot be read"));
    assertThat(sink.ids).isEqualTo(List.of("K2", "K3", "K4", "K5"));
  }

  @Test
  void aCallerInterruptedWhileWaitingStopsWithItsInterruptKept() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> BatchGrader.builder().parallelism(2).build().grade(new Rows(5, 0), new Collected()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("interrupted while grading")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void withParallelismOneTheRowsAreReadGradedAndFedOnTheCaller() {
    Rows rows = new Rows(5, 0);
    Collected sink = new Collected();
    List<Thread> preparers = new ArrayList<>();
    BatchSummary summary = BatchGrader.builder().parallelism(1).build()
        .grade(rows, sink, graded -> preparers.add(Thread.currentThread()));
    assertThat(summary.graded()).isEqualTo(4);
    assertThat(sink.ids).containsExactly("K2", "K3", "K4", "K5");
    assertThat(rows.readers).isNotEmpty().containsOnly(Thread.currentThread());
    assertThat(preparers).hasSize(4).containsOnly(Thread.currentThread());
  }

  @Test
  void anErrorOnAGradingThreadReachesTheCallerAsItself() {
    AssertionError broken = new AssertionError("broken while preparing");
    assertThatThrownBy(() -> BatchGrader.builder().parallelism(2).chunkSize(2).build()
        .grade(new Rows(9, 0), new Collected(), graded -> {
          throw broken;
        }))
        .isSameAs(broken);
  }
}
