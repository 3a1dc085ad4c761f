package dev.okr.testkit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.quicktheories.core.RandomnessSource;

/**
 * Hands out ids unique within one generated document: a drawn stem, a dash and a counter. The
 * counter alone makes them unique (the text after the last dash is the counter); ids already taken
 * by a document being extended are skipped. Not thread-safe: one per generated value.
 */
final class Ids {
  private final Set<String> taken;
  private int counter = 1;

  Ids() {
    this.taken = new HashSet<>();
  }

  Ids(Collection<String> taken) {
    this.taken = new HashSet<>(taken);
  }

  String next(RandomnessSource in) {
    String stem = Texts.idStem(in);
    String id;
    do {
      id = stem + "-" + counter++;
    } while (!taken.add(id));
    return id;
  }

  /** A fixed-stem id, for references that must name nothing in the document. */
  String fresh(String stem) {
    String id;
    do {
      id = stem + "-" + counter++;
    } while (!taken.add(id));
    return id;
  }
}
