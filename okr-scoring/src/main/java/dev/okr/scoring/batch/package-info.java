/**
 * Batch grading of key-result rows: a streaming API over an {@link java.util.Iterator} or {@link
 * java.util.stream.Stream} of {@link dev.okr.scoring.batch.KeyResultRow}s with flat memory and
 * optional parallelism ({@link dev.okr.scoring.batch.BatchGrader}), and CSV in and out ({@link
 * dev.okr.scoring.batch.CsvBatch}). Every rejected row is reported with its line and reason; the
 * counts always add up. The columns are documented in {@code okr-scoring/docs/batch.md}.
 */
@NullMarked
package dev.okr.scoring.batch;

import org.jspecify.annotations.NullMarked;
