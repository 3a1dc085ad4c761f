package dev.okr.core;

import static java.util.Objects.requireNonNull;

/**
 * An element was asked for by an id that the set does not hold, e.g. by {@link
 * OkrSet#replace(KeyResult)}. The message names what was looked for and the id: {@code no key result
 * with id "nps" in this set}.
 */
public final class UnknownIdException extends OkrException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final String element;

  /**
   * Creates an exception.
   *
   * @param element what was looked for, e.g. {@code key result} or {@code objective}
   * @param id the id not found
   */
  public UnknownIdException(String element, String id) {
    super("no " + requireNonNull(element, "element") + " with id \"" + requireNonNull(id, "id") + "\" in this set",
        "id", id, "names no " + element + " in this set", null);
    this.element = element;
    this.id = id;
  }

  /** The id not found. */
  public String id() {
    return id;
  }

  /** What was looked for: {@code key result} or {@code objective}. */
  public String element() {
    return element;
  }
}
