package dev.okr.lsp;

/** The server's version, from the jar's manifest when there is one. */
final class Versions {
  private Versions() {}

  static String version() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
