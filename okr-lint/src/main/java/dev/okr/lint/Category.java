package dev.okr.lint;

/** What a rule looks at; reports group and filter by it. */
public enum Category {
  /** The wording of a key result or objective: outcome or task, measurable, vague, KPI, vanity (R1, R2, R10, R12). */
  STATEMENT("statement"),
  /** The shape of the document: counts, duplicates, labels (R3, R4, R6). */
  STRUCTURE("structure"),
  /** Who owns what (R12). */
  OWNERSHIP("ownership"),
  /** Links between OKRs and the work that moves them (R5, R9). */
  ALIGNMENT("alignment"),
  /** Check-ins over the cycle (R8). */
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
