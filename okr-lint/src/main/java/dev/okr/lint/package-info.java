/**
 * The lint engine: {@link dev.okr.lint.Linter} runs {@link dev.okr.lint.LintRule}s over an OKR
 * document and returns a {@link dev.okr.lint.LintReport} of {@link dev.okr.lint.Finding}s, which
 * {@link dev.okr.lint.ReportFormat} renders as text, JSON or SARIF 2.1.0.
 *
 * <p>Severities mean: {@link dev.okr.lint.Severity#ERROR} a structural fact that breaks a rule of
 * the method (too many key results, no target, no owner); {@link dev.okr.lint.Severity#WARNING} a
 * likely defect worth fixing, including every heuristic judgement of wording (each with a
 * confidence); {@link dev.okr.lint.Severity#INFO} advice that a good OKR may ignore.
 *
 * <p>Everything here is immutable and thread-safe except the per-call scopes and drafts handed to
 * rules, which live only during one {@link dev.okr.lint.Linter#lint lint} call on one thread.
 */
@OkrStyle
@NullMarked
package dev.okr.lint;

import dev.okr.core.OkrStyle;
import org.jspecify.annotations.NullMarked;
