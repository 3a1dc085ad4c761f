/**
 * okr's language server: lints OKR documents in any editor as they are typed. LSP4J is read as an
 * automatic module (its jars name none).
 */
module dev.okr.lsp {
  requires transitive org.eclipse.lsp4j;
  requires transitive org.eclipse.lsp4j.jsonrpc;
  requires transitive org.jspecify;
  requires dev.okr.core;
  requires dev.okr.lint;
  requires dev.okr.scoring;

  exports dev.okr.lsp;
}
