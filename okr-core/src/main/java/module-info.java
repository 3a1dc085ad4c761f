/**
 * The OKR model: objectives, key results, initiatives, cycles and check-ins, their validation, and
 * the JSON/YAML interchange form.
 */
module dev.okr.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;

  exports dev.okr.core;
  exports dev.okr.core.io;
  exports dev.okr.core.outline;
  exports dev.okr.core.statement;
}
