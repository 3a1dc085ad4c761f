/**
 * Reading OKRs from plain text: a Markdown or text outline of objectives, key results and
 * initiatives, into an {@link dev.okr.core.OkrSet} whose elements keep their line and column.
 * Start with {@link dev.okr.core.outline.OutlineImport#read(String)}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    get = {"is*", "get*"})
@NullMarked
package dev.okr.core.outline;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
