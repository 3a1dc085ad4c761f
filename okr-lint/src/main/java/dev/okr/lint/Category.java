package dev.okr.lint;

/** What a rule looks at; reports group and filter by it. */
public enum Category {
  /** The wording of a key result or objective: outcome or task, measurable, vague, KPI, vanity. */
  STATEMENT("statement"),
  /** The shape of the document: counts, duplicates, labels. */
  STRUCTURE("structure"),
  /** Who owns what. */
  OWNERSHIP("ownership"),
  /** Links between OKRs and the work that moves them. */
  ALIGNMENT("alignment"),
  /** Check-ins over the cycle. */
  CADENCE("cadence"),
  /** The linter's own bookkeeping: suppressions that are malformed or unused. */
  SUPPRESSION("suppression");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  /** The lower-case name used in reports. */
  public String id() {
    return id;
  }
}
