/**
 * Runnable examples, one per user of okr: {@link dev.okr.examples.ProductTeamExample} (embedding
 * OKRs in an app), {@link dev.okr.examples.LinterIntegrationExample} (a tool vendor's configured
 * and extended linter), {@link dev.okr.examples.CompanyHistoryExample} (a data team grading a
 * company's history in batch) and {@link dev.okr.examples.SparkGradingExample} (the same grading
 * inside Apache Spark). Each prints what it does; a test runs each one.
 */
@NullMarked
package dev.okr.examples;

import org.jspecify.annotations.NullMarked;
