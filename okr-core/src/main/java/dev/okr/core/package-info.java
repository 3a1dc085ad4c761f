/**
 * The immutable OKR model.
 *
 * <p>Every value type is a public interface (or abstract class) with a nested {@code Builder}; the
 * generated implementations are package-private. Values validate themselves when built and throw
 * {@link dev.okr.core.OkrValidationException} naming the path, the value and the rule broken.
 * Judgements of quality ("this key result looks like a task") are not validation: they belong to
 * okr-lint. The practice the model follows (qualitative objectives, measurable key results,
 * initiatives that move them, owners, kinds, check-ins, alignment) is stated with its sources on
 * the project's page {@code docs/okr-practice.md}.
 */
@OkrStyle
@NullMarked
package dev.okr.core;

import org.jspecify.annotations.NullMarked;
