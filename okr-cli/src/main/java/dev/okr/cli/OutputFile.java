package dev.okr.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file an option names ({@code --out}, {@code --check-ins-out}), written beside its path and moved
 * into place once complete: a reader never sees half a file, and a failed run leaves the old one.
 */
final class OutputFile {
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private OutputFile() {}

  /** What writes the file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes {@code file} (UTF-8) with this content, replacing it once complete. */
  static void write(Path file, Content content) throws IOException {
    Path absolute = file.toAbsolutePath();
    // created as any new file is (the user's umask applies), not with a temporary file's owner-only mode
    Path temporary = Files.createFile(absolute.resolveSibling(
        "." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp"));
    try {
      try (Writer w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(w);
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
