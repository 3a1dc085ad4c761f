/**
 * Scoring key results and grading objectives.
 *
 * <p>A {@link dev.okr.scoring.ScoringStrategy} turns a key result at a date into a {@link
 * dev.okr.scoring.Score}: a value in [0, 1], the raw attainment and an {@link
 * dev.okr.scoring.Explanation}. Every edge case the OKR tools disagree on is a named policy in
 * {@link dev.okr.scoring.ScoringPolicy} or {@link dev.okr.scoring.RollupPolicy}; a {@link
 * dev.okr.scoring.Profile} bundles them, and {@link dev.okr.scoring.Profiles} holds ours ({@code
 * okr}) and the compatibility profiles. {@link dev.okr.scoring.Scorer} is the entry point; {@link
 * dev.okr.scoring.Grader} reads a score by the objective's kind; {@link
 * dev.okr.scoring.ProgressTracker} says whether a key result is on track and forecasts its end
 * score; {@link dev.okr.scoring.Portfolio} computes the figures of the OKR process's health.
 *
 * <p>The practice these follow (grades from 0.0 to 1.0, committed and aspirational objectives,
 * weekly check-ins, alignment, the health of the process) is stated with its sources on the
 * project's page {@code docs/okr-practice.md}.
 *
 * <p>All types here are immutable or stateless and safe to share between threads.
 */
@OkrStyle
@NullMarked
package dev.okr.scoring;

import dev.okr.core.OkrStyle;
import org.jspecify.annotations.NullMarked;
