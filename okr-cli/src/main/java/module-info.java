/**
 * okr-cli: the {@code okr} command line. Lints, grades and converts OKR documents (YAML, JSON,
 * Markdown or text outlines), grades CSV exports in batch and reads key-result statements. Run it
 * through the shaded jar ({@code java -jar okr.jar}) or the {@code ./okr} launcher.
 */
module dev.okr.cli {
  requires dev.okr.core;
  requires dev.okr.scoring;
  requires dev.okr.lint;
  requires dev.okr.lsp;
  requires dev.okr.report;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires de.siegmar.fastcsv;
  requires static org.jspecify;

  exports dev.okr.cli;

  opens dev.okr.cli to info.picocli;
}
