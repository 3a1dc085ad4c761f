package dev.okr.cli;

import dev.okr.scoring.Profiles;
import java.util.Iterator;

/**
 * The names of the scoring profiles, from {@link Profiles#all()}, for {@code --profile}: its help
 * lists them and shell completion offers them, so a profile added to {@code Profiles} needs no
 * change here.
 */
final class ProfileNames implements Iterable<String> {
  ProfileNames() {}

  @Override
  public Iterator<String> iterator() {
    return Profiles.all().keySet().iterator();
  }
}
