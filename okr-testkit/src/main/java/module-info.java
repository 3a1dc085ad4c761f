/** QuickTheories generators and AssertJ assertions for the OKR model. */
module dev.okr.testkit {
  requires transitive dev.okr.core;
  requires transitive quicktheories;
  requires transitive org.assertj.core;
  requires static org.jspecify;

  exports dev.okr.testkit;
}
