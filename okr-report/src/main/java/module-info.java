/**
 * okr-report: a graded OKR document as one self-contained HTML page, its charts drawn as inline SVG.
 */
module dev.okr.report {
  requires transitive dev.okr.scoring;
  requires transitive dev.okr.lint;
  requires transitive com.google.common;
  requires static org.jspecify;

  exports dev.okr.report;
}
