package dev.okr.core.outline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the outline / Markdown importer (docs/fuzzing.md): any text imports without an
 * exception, and the import obeys the laws of {@link Rendering#checkLaws}: every non-blank line
 * has exactly one role, every element points at its own text, unplaced lines are quoted exactly.
 * Under plain {@code mvn test} it runs the seeds in {@code OutlineImportFuzzTestInputs/read/}.
 */
class OutlineImportFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Rendering.checkLaws(text, OutlineImport.read(text));
  }
}
