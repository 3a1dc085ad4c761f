/**
 * The interchange form of an OKR document in JSON and YAML: {@link dev.okr.core.io.OkrReader}
 * reads it, {@link dev.okr.core.io.OkrWriter} writes it, and a bad document fails with {@link
 * dev.okr.core.io.OkrFormatException} naming source, line, column and field path.
 *
 * <p>The form is described in {@code docs/interchange-format.md} and by the JSON Schema resource
 * {@value dev.okr.core.io.OkrReader#SCHEMA_RESOURCE}.
 */
@NullMarked
package dev.okr.core.io;

import org.jspecify.annotations.NullMarked;
