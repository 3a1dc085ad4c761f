/**
 * Key result scores as Spark columns.
 *
 * <p>{@link dev.okr.spark.OkrColumns} builds a profile's score of one-row key results (type,
 * baseline, target, current, stretch) as Catalyst expressions from okr-scoring's own formulas,
 * through {@link dev.okr.scoring.Arithmetic} on columns: no UDF, no second copy of a formula, and
 * the same score to the last bit as {@link dev.okr.scoring.Scorer}. An application's own strategy
 * runs as a UDF when the profile is given as a {@link dev.okr.spark.ProfileSource}.
 *
 * <p>{@link dev.okr.spark.OkrGrades} reads scores as grades and colours, {@link
 * dev.okr.spark.OkrRollups} rolls objectives up in a typed aggregator, {@link
 * dev.okr.spark.OkrPortfolio} computes the portfolio's hit rates and distributions, and {@link
 * dev.okr.spark.OkrExports} reads {@code okr batch-grade} exports with rejects; {@link
 * dev.okr.spark.OkrFunctions} registers SQL functions.
 */
@NullMarked
package dev.okr.spark;

import org.jspecify.annotations.NullMarked;
