/**
 * Reading key-result statements: from a sentence such as "Increase Day-7 activation rate from 22%
 * to 35% by end of Q2" to its direction, metric, baseline, target, unit, relative change and
 * deadline, each with its place in the text, plus what is missing and whether the numbers measure
 * an outcome or only count outputs.
 *
 * <p>Start with {@link dev.okr.core.statement.KeyResultStatement#parse(String)}; use a {@link
 * dev.okr.core.statement.StatementParser} built from an extended {@link
 * dev.okr.core.statement.Vocabulary} to teach it more verbs and nouns, and {@link
 * dev.okr.core.statement.ResolvedMeasurement} to fill a key result's measurement from its statement.
 * Parsing never throws and takes time linear in the length of the text.
 */
@OkrStyle
@NullMarked
package dev.okr.core.statement;

import dev.okr.core.OkrStyle;
import org.jspecify.annotations.NullMarked;
