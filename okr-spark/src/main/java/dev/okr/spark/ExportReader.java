package dev.okr.spark;

import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Score;
import dev.okr.scoring.batch.BatchException;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSink;
import dev.okr.scoring.batch.Columns;
import dev.okr.scoring.batch.CsvBatch;
import dev.okr.scoring.batch.GradedRow;
import dev.okr.scoring.batch.KeyResultRow;
import dev.okr.scoring.batch.ObjectiveOrder;
import dev.okr.scoring.batch.RejectedRow;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Reads one export file in a Spark task with okr-scoring's own CSV reader and batch grader ({@link
 * CsvBatch#grade(Reader, BatchSink)}), streaming: a thread of the task grades the file into a
 * bounded queue, and the task's iterator takes the rows from it, so memory stays flat. A file the
 * grader stops on fails the task with an {@link OkrExportException}.
 */
final class ExportReader implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
  private static final long serialVersionUID = 1L;
  private static final Pattern LINE_PREFIX = Pattern.compile("^line (\\d+): ");
  private static final Object END = new Object();

  private final OkrExports.Options options;

  ExportReader(OkrExports.Options options) {
    this.options = options;
  }

  /** A failure of the grading thread, carried to the task's thread. */
  private record Failure(Throwable error) {}

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
    String name = file._1();
    CsvBatch csv = csv(options);
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
    Thread grading = new Thread(() -> {
      try (Reader in = CsvBatch.utf8(file._2().open())) {
        csv.grade(in, new BatchSink() {
          @Override
          public void graded(GradedRow row) {
            put(queue, ExportReader.graded(name, row));
          }

          @Override
          public void rejected(RejectedRow row) {
            put(queue, ExportReader.rejected(name, row));
          }
        });
        queue.put(END);
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      } catch (Throwable e) {
        try {
          queue.put(new Failure(e));
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
        }
      }
    }, "okr-export-reader");
    grading.setDaemon(true);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) done -> grading.interrupt());
    }
    grading.start();
    return new Iterator<>() {
      private @Nullable Object ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + name, e);
          }
        }
        if (ahead instanceof Failure f) {
          throw failure(name, f.error());
        }
        return ahead != END;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = (Row) ahead;
        ahead = null;
        return row;
      }
    };
  }

  private static void put(BlockingQueue<Object> queue, Row row) {
    try {
      queue.put(row);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the task reading the export ended", e);
    }
  }

  /** The batch grader's failure as the command line words it ({@code file:line: problem}), or as it is. */
  private static RuntimeException failure(String name, Throwable error) {
    if (error instanceof BatchException e) {
      String message = String.valueOf(e.getMessage());
      Matcher m = LINE_PREFIX.matcher(message);
      String problem = m.find() ? message.substring(m.end()) : message;
      return new OkrExportException(name, e.line(), problem.strip().replaceAll("\\s*\\R\\s*", " "), e);
    }
    if (error instanceof RuntimeException r) {
      return r;
    }
    if (error instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(error);
  }

  /** The CSV grading the options ask for, with rows in any order and no rollups, as {@code okr batch-grade} without {@code --objectives}. */
  static CsvBatch csv(OkrExports.Options options) {
    Profile profile = options.profile().profile();
    BatchGrader grader = BatchGrader.builder()
        .profile(profile)
        .order(ObjectiveOrder.NONE)
        .decimalComma(options.decimalComma())
        .build();
    return CsvBatch.of(grader).delimiter(options.delimiter()).columns(options.columns());
  }

  private static Row graded(String file, GradedRow row) {
    KeyResultRow in = row.row();
    Score score = row.score();
    Double value = null;
    Double attainment = null;
    Double contribution = null;
    String reason = null;
    if (score instanceof Score.Scored s) {
      value = s.value();
      attainment = s.attainment();
      contribution = s.contribution();
    } else if (score instanceof Score.Unscored u) {
      reason = u.reason();
    }
    String outcome = value == null ? OkrExports.UNSCORED : OkrExports.SCORED;
    return RowFactory.create(file, in.line(), outcome, row.objectiveId(), in.get(Columns.KR_ID),
        row.kind().map(ObjectiveKind::id).orElse(null), in.get(Columns.KR_TYPE), row.weight(), value, attainment,
        contribution, row.grade().isPresent() ? row.gradeText() : null, row.grade().isPresent() ? row.colourText() : null,
        reason, in.values().toArray(new String[0]));
  }

  private static Row rejected(String file, RejectedRow row) {
    KeyResultRow in = row.row();
    return RowFactory.create(file, in.line(), OkrExports.REJECTED, null, null, null, null, null, null, null, null, null,
        null, row.reason(), in.values().toArray(new String[0]));
  }

}
