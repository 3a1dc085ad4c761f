package dev.okr.scoring;

import dev.okr.core.Cycle;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a date falls in a cycle, and so which words a report of a key result or objective may use.
 *
 * <ul>
 *   <li>{@link #IN_PROGRESS}, before the cycle's last day: a score, the progress expected by now, a
 *       {@link TrackStatus} against that pace (on track, at risk, off track), a colour following the
 *       status ({@link TrackStatus#colour()}) and a {@link Forecast}; no final grade, since a key
 *       result cannot have missed what it still has time to meet.
 *   <li>{@link #ENDED}, on or after the cycle's last day: the final {@link Grade} (met or missed for
 *       committed objectives, the bands for aspirational ones) and the colour of that grade; no
 *       status and no forecast, since there is nothing left to be on track for.
 * </ul>
 */
public enum Phase {
  /** Before the cycle's last day: status against the expected pace and a forecast, no grade. */
  IN_PROGRESS,
  /** On or after the cycle's last day: the final grade, no status and no forecast. */
  ENDED;

  /**
   * The phase of {@code cycle} at {@code date}: {@link #ENDED} from the cycle's last day on, else
   * {@link #IN_PROGRESS} (also before the cycle starts).
   */
  public static Phase of(Cycle cycle, LocalDate date) {
    Objects.requireNonNull(cycle, "cycle");
    return date.isBefore(cycle.end()) ? IN_PROGRESS : ENDED;
  }

  /** Whether a final grade may be given: only once the cycle has ended. */
  public boolean graded() {
    return this == ENDED;
  }

  /** {@code in-progress} or {@code ended}. */
  public String id() {
    return Ids.of(this);
  }
}
