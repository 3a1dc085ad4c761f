package dev.okr.lsp;

import dev.okr.lint.LintConfig;
import dev.okr.lint.Linter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The linter of each workspace folder: under the folder's {@code .okrlint.yaml} when it has one
 * (read again when the file changes), else the defaults. A configuration that cannot be read is
 * reported once through {@code warn}, and the defaults are used.
 */
final class WorkspaceConfigs {
  private final List<Path> folders = new ArrayList<>();
  private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();
  /** Linters that keep what they read from each text: a document is linted again on every change. */
  private final Linter defaults = Linter.builder().keepTexts(true).build();
  private final Consumer<String> warn;

  private record Loaded(FileTime modified, Linter linter) {}

  WorkspaceConfigs(Consumer<String> warn) {
    this.warn = warn;
  }

  /** Adds a workspace folder by its URI; ignored unless a {@code file:} URI. */
  synchronized void addFolder(String uri) {
    path(uri).ifPresent(p -> {
      if (!folders.contains(p)) {
        folders.add(p);
      }
    });
  }

  /** The linter for a document: its innermost workspace folder's. */
  Linter linterFor(String documentUri) {
    Optional<Path> document = path(documentUri);
    Path folder = null;
    synchronized (this) {
      for (Path f : folders) {
        if (document.isPresent() && document.get().startsWith(f) && (folder == null || f.startsWith(folder))) {
          folder = f;
        }
      }
    }
    return folder == null ? defaults : linterOf(folder);
  }

  private Linter linterOf(Path folder) {
    Path file = folder.resolve(LintConfig.FILE_NAME);
    try {
      if (!Files.isRegularFile(file)) {
        loaded.remove(folder);
        return defaults;
      }
      FileTime modified = Files.getLastModifiedTime(file);
      Loaded cached = loaded.get(folder);
      if (cached != null && cached.modified().equals(modified)) {
        return cached.linter();
      }
      Linter linter;
      try {
        linter = Linter.builder().config(LintConfig.fromYaml(Files.readString(file, StandardCharsets.UTF_8)))
            .keepTexts(true).build();
      } catch (RuntimeException e) {
        warn.accept(LintConfig.FILE_NAME + " of " + folder.getFileName() + " not used: " + e.getMessage());
        linter = defaults;
      }
      loaded.put(folder, new Loaded(modified, linter));
      return linter;
    } catch (IOException e) {
      return defaults;
    }
  }

  static Optional<Path> path(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equalsIgnoreCase(u.getScheme()) ? Optional.of(Path.of(u).normalize()) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The file name of a document's URI, as findings name it. */
  static String nameOf(String uri) {
    String s = uri;
    int query = s.indexOf('?');
    if (query >= 0) {
      s = s.substring(0, query);
    }
    int slash = s.lastIndexOf('/');
    return slash >= 0 && slash < s.length() - 1 ? s.substring(slash + 1) : s;
  }
}
