package dev.okr.scoring.batch;

import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.ProgressTracker;
import dev.okr.scoring.Rollup;
import dev.okr.scoring.RollupPolicy;
import dev.okr.scoring.Scorer;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Grades a stream of key-result rows with flat memory: each row is read as an {@link
 * dev.okr.scoring.Observation} and scored by the profile's strategy for its type through the same
 * pipeline as {@link Scorer} (so an application's own strategy scores rows too), graded for its
 * objective's kind, and handed to a
 * {@link BatchSink} in input order; rows that cannot be graded are rejected with their line and
 * reason; objective rollups follow the {@link ObjectiveOrder}. With a parallelism above 1, a reader
 * thread takes the rows from the iterator, chunks of rows are scored on that many threads, and the
 * calling thread feeds the sink in input order.
 *
 * <p>Immutable and thread-safe; each {@code grade} call is an independent run.
 */
public final class BatchGrader {
  private final Profile profile;
  private final Scorer scorer;
  private final Grader grader;
  private final ObjectiveOrder order;
  private final int parallelism;
  private final int chunkSize;
  private final @Nullable CheckInHistory history;
  private final @Nullable LocalDate at;
  private final ProgressTracker tracker;
  private final boolean decimalComma;

  private BatchGrader(Builder builder) {
    this.decimalComma = builder.decimalComma;
    this.history = builder.history;
    this.at = builder.at;
    this.profile = builder.profile;
    this.scorer = Scorer.of(builder.profile);
    this.grader = builder.grader;
    this.order = builder.order;
    this.parallelism = builder.parallelism;
    this.chunkSize = builder.chunkSize;
    this.tracker = ProgressTracker.of(scorer);
  }

  /** A new builder: okr's profile, the default grader, rows in any order, one thread. */
  public static Builder builder() {
    return new Builder();
  }

  /** A grader with okr's profile and every other default. */
  public static BatchGrader defaults() {
    return builder().build();
  }

  /** The profile in force. */
  public Profile profile() {
    return profile;
  }

  /** The check-in history the rows are scored with, when given to the builder. */
  public Optional<CheckInHistory> history() {
    return Optional.ofNullable(history);
  }

  /** Whether the number columns are read with a decimal comma ({@code 12,5} is 12.5). */
  public boolean decimalComma() {
    return decimalComma;
  }

  /** The date the rows are scored at when there is a check-in history. */
  public Optional<LocalDate> at() {
    return Optional.ofNullable(at);
  }

  private RowGrader rowGrader(Columns columns) {
    return new RowGrader(scorer, grader, columns, history, at, tracker, decimalComma);
  }

  /** Grades a stream of rows; the stream is consumed and closed. */
  public BatchSummary grade(Stream<KeyResultRow> rows, BatchSink sink) {
    try (rows) {
      return grade(rows.iterator(), sink);
    }
  }

  /**
   * Grades rows from an iterator, feeding {@code sink} in input order on the calling thread. With
   * a parallelism above 1 the iterator is read on a thread of the grader's own, so the caller must
   * not touch it until this method returns.
   *
   * @throws BatchException when the iterator fails to read the input at some line
   */
  public BatchSummary grade(Iterator<KeyResultRow> rows, BatchSink sink) {
    return grade(rows, sink, GradedRow::format);
  }

  /**
   * Grades rows; {@code prepare} is called on each graded row on the thread that graded it, before
   * the row reaches the sink, so that output can be rendered in parallel.
   */
  BatchSummary grade(Iterator<KeyResultRow> rows, BatchSink sink, Consumer<GradedRow> prepare) {
    Run run = new Run(sink);
    if (parallelism <= 1) {
      while (rows.hasNext()) {
        KeyResultRow row = rows.next();
        RowResult result = run.graderFor(row.columns()).grade(row);
        if (result instanceof GradedRow graded) {
          prepare.accept(graded);
        }
        run.accept(result);
      }
    } else {
      runParallel(rows, run, prepare);
    }
    return run.finish();
  }

  /**
   * Three stages: a reader thread takes rows from the iterator and hands chunks to the scoring
   * threads; the calling thread takes the scored chunks in input order and feeds the sink. The
   * queue between them holds at most {@code parallelism + 1} chunks, which bounds memory.
   */
  private void runParallel(Iterator<KeyResultRow> rows, Run run, Consumer<GradedRow> prepare) {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, daemon("okr-batch-grader"));
    BlockingQueue<Future<RowResult[]>> queue = new ArrayBlockingQueue<>(parallelism + 1);
    Map<Columns, RowGrader> graders = new ConcurrentHashMap<>();
    Future<RowResult[]> end = new CompletableFuture<>();
    Thread reader = daemon("okr-batch-reader").newThread(() -> {
      try {
        while (rows.hasNext()) {
          KeyResultRow[] chunk = new KeyResultRow[chunkSize];
          int n = 0;
          while (n < chunkSize && rows.hasNext()) {
            chunk[n++] = rows.next();
          }
          int size = n;
          queue.put(pool.submit(() -> gradeChunk(chunk, size, graders, prepare)));
        }
        queue.put(end);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException | Error e) {
        CompletableFuture<RowResult[]> failed = new CompletableFuture<>();
        failed.completeExceptionally(e);
        try {
          // put, not offer: a full queue would drop the failure and leave the caller waiting for ever
          queue.put(failed);
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
        }
      }
    });
    reader.start();
    try {
      while (true) {
        Future<RowResult[]> next = queue.take();
        if (next == end) {
          break;
        }
        for (RowResult result : await(next)) {
          run.accept(result);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while grading", e);
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  private RowResult[] gradeChunk(KeyResultRow[] chunk, int size, Map<Columns, RowGrader> graders, Consumer<GradedRow> prepare) {
    RowResult[] out = new RowResult[size];
    Columns columns = null;
    RowGrader rowGrader = null;
    for (int i = 0; i < size; i++) {
      if (chunk[i].columns() != columns) {
        columns = chunk[i].columns();
        rowGrader = graders.computeIfAbsent(columns, c -> rowGrader(c));
      }
      out[i] = rowGrader.grade(chunk[i]);
      if (out[i] instanceof GradedRow graded) {
        prepare.accept(graded);
      }
    }
    return out;
  }

  private static RowResult[] await(Future<RowResult[]> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The state of one run: counts, row graders by header, and open objective rollups. */
  private final class Run {
    private final BatchSink sink;
    private final Map<String, Open> open = new LinkedHashMap<>();
    private @Nullable Columns columns;
    private @Nullable RowGrader rows;
    private long in;
    private long scored;
    private long unscored;
    private long rejected;
    private long objectives;

    Run(BatchSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    RowGrader graderFor(Columns header) {
      if (!header.equals(columns)) {
        columns = header;
        rows = rowGrader(header);
      }
      return Objects.requireNonNull(rows);
    }

    void accept(RowResult result) {
      in++;
      if (result instanceof RejectedRow r) {
        rejected++;
        sink.rejected(r);
        return;
      }
      GradedRow row = (GradedRow) result;
      if (order != ObjectiveOrder.NONE) {
        ObjectiveKind kind = row.kind;
        Open objective = open.get(row.objectiveId());
        if (objective == null && order == ObjectiveOrder.CONTIGUOUS) {
          closeAll();
        }
        if (objective == null) {
          objective = new Open(row.objectiveId(), kind, row.row().line());
          open.put(row.objectiveId(), objective);
        } else if (objective.kind != kind) {
          rejected++;
          sink.rejected(new RejectedRow(row.row(), Columns.KIND + " \"" + name(kind) + "\" differs from \""
              + name(objective.kind) + "\" on line " + objective.firstLine + " of objective " + row.objectiveId()));
          return;
        }
        String overflow = objective.overflow(row);
        if (overflow != null) {
          rejected++;
          sink.rejected(new RejectedRow(row.row(), overflow));
          if (objective.rows == 0) {
            open.remove(row.objectiveId());
          }
          return;
        }
        objective.add(row);
      }
      if (row.scored()) {
        scored++;
      } else {
        unscored++;
      }
      sink.graded(row);
    }

    private void closeAll() {
      for (Open objective : open.values()) {
        objectives++;
        sink.rollup(objective.close());
      }
      open.clear();
    }

    BatchSummary finish() {
      closeAll();
      return new BatchSummary(in, scored + unscored, scored, unscored, rejected, objectives);
    }
  }

  private static String name(@Nullable ObjectiveKind kind) {
    return kind == null ? "" : kind.id();
  }

  /** An objective's running rollup. */
  private final class Open {
    private final String id;
    private final @Nullable ObjectiveKind kind;
    private final long firstLine;
    private final Rollup.Accumulator accumulator;
    private long lastLine;
    private int rows;
    private int scored;
    // the sums of the weights and of the weighted contributions, to refuse a row that would make
    // either overflow (the rollup of such an objective would be NaN or wrong)
    private double weights;
    private double weighted;

    Open(String id, @Nullable ObjectiveKind kind, long firstLine) {
      this.id = id;
      this.kind = kind;
      this.firstLine = firstLine;
      this.lastLine = firstLine;
      this.accumulator = profile.rollup().rollup().accumulator();
    }

    /** Why adding the row would overflow the objective's sums, or {@code null} when it would not. */
    @Nullable String overflow(GradedRow row) {
      double contribution = row.scored() ? row.contribution
          : profile.rollup().unscored() == RollupPolicy.Unscored.ZERO ? 0.0 : Double.NaN;
      if (Double.isNaN(contribution)) {
        return null;
      }
      if (!Double.isFinite(weights + row.weight) || !Double.isFinite(weighted + Math.abs(contribution) * row.weight)) {
        return Columns.WEIGHT + " " + row.row().get(Columns.WEIGHT).strip() + " makes the weights of objective " + id
            + " add up beyond the largest finite number, so its rollup could not be computed";
      }
      return null;
    }

    void add(GradedRow row) {
      double contribution = row.scored() ? row.contribution : 0.0;
      if (row.scored() || profile.rollup().unscored() == RollupPolicy.Unscored.ZERO) {
        weights += row.weight;
        weighted += Math.abs(contribution) * row.weight;
      }
      rows++;
      lastLine = row.row().line();
      if (row.scored()) {
        scored++;
        accumulator.add(row.contribution, row.weight);
      } else if (profile.rollup().unscored() == RollupPolicy.Unscored.ZERO) {
        accumulator.add(0.0, row.weight);
      }
    }

    ObjectiveRollup close() {
      if (accumulator.count() == 0) {
        return new ObjectiveRollup(id, Optional.ofNullable(kind), rows, scored, OptionalDouble.empty(), OptionalDouble.empty(),
            Optional.empty(), Optional.empty(), firstLine, lastLine);
      }
      RollupPolicy.Settled settled = profile.rollup().settle(accumulator.result());
      Grade grade = grader.grade(settled.value(), Optional.ofNullable(kind));
      return new ObjectiveRollup(id, Optional.ofNullable(kind), rows, scored, OptionalDouble.of(settled.value()),
          OptionalDouble.of(settled.raw()),
          Optional.of(grade.verdict()), Optional.of(grade.colour()), firstLine, lastLine);
    }
  }

  /** Builds a {@link BatchGrader}. */
  public static final class Builder {
    private Profile profile = Profiles.okr();
    private Grader grader = Grader.defaults();
    private ObjectiveOrder order = ObjectiveOrder.ANY;
    private int parallelism = 1;
    private int chunkSize = 4096;
    private @Nullable CheckInHistory history;
    private @Nullable LocalDate at;
    private boolean decimalComma;

    private Builder() {}

    /**
     * Reads the number columns ({@code baseline, target, stretch, current, weight}) with a decimal
     * comma: {@code 12,5} is 12.5. A number with a {@code .} (a thousands separator or a decimal
     * point?) or with more than one comma is then rejected with the reason, never misread. Off
     * unless set: numbers have a decimal point, and a number with a comma is rejected.
     */
    public Builder decimalComma(boolean on) {
      this.decimalComma = on;
      return this;
    }

    /**
     * Scores each row with its key result's check-ins from {@code history}, at {@code at}, as
     * {@link Scorer#score(dev.okr.core.KeyResult, LocalDate, Optional)} scores a key result with
     * those check-ins; a row with a cycle also gets its status, expected score and forecast from
     * {@link ProgressTracker}. None unless set.
     */
    public Builder history(CheckInHistory history, LocalDate at) {
      this.history = Objects.requireNonNull(history, "history");
      this.at = Objects.requireNonNull(at, "at");
      return this;
    }

    /** The profile whose policies score and roll up the rows; okr's unless set. */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The grader; {@link Grader#defaults()} unless set. */
    public Builder grader(Grader grader) {
      this.grader = Objects.requireNonNull(grader, "grader");
      return this;
    }

    /** What may be assumed about the order of rows; {@link ObjectiveOrder#ANY} unless set. */
    public Builder order(ObjectiveOrder order) {
      this.order = Objects.requireNonNull(order, "order");
      return this;
    }

    /**
     * The number of threads that score rows; 1 (the calling thread) unless set.
     *
     * @throws IllegalArgumentException when below 1
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1 (was " + threads + ")");
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * The rows per chunk handed to a thread when parallel; 4096 unless set. Memory holds about
     * {@code (parallelism + 1) * chunkSize} rows.
     *
     * @throws IllegalArgumentException when below 1
     */
    public Builder chunkSize(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("chunkSize must be at least 1 (was " + rows + ")");
      }
      this.chunkSize = rows;
      return this;
    }

    /** The grader. */
    public BatchGrader build() {
      return new BatchGrader(this);
    }
  }
}
