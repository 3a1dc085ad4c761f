/**
 * Reading OKRs from plain text: a Markdown or text outline of objectives, key results and
 * initiatives, into an {@link dev.okr.core.OkrSet} whose elements keep their line and column.
 * Start with {@link dev.okr.core.outline.OutlineImport#read(String)}.
 */
@OkrStyle
@NullMarked
package dev.okr.core.outline;

import dev.okr.core.OkrStyle;
import org.jspecify.annotations.NullMarked;
