/**
 * Key result scores as Spark columns.
 *
 * <p>{@link dev.okr.spark.OkrColumns} builds a profile's score of one-row key results (type,
 * baseline, target, current, stretch) as Catalyst expressions from okr-scoring's own formulas,
 * through {@link dev.okr.scoring.Arithmetic} on columns: no UDF, no second copy of a formula, and
 * the same score to the last bit as {@link dev.okr.scoring.Scorer}.
 */
@NullMarked
package dev.okr.spark;

import org.jspecify.annotations.NullMarked;
