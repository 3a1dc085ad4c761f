/** JMH benchmarks of okr; run with {@code okr-benchmarks/bin/jmh}. */
@NullMarked
package dev.okr.benchmarks;

import org.jspecify.annotations.NullMarked;
