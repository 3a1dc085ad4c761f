package dev.okr.core;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The score or status an author reported for an objective or key result in the document itself:
 * {@code "(7/10)"}, {@code "=> Done"}, {@code "--> 66%"}, {@code "ACHIEVED"}, {@code "0.7"}, {@code
 * "on track"}. Real OKR documents carry these beside the statement; an importer strips them from
 * the text and keeps them here, as data.
 *
 * <p>It holds the {@linkplain #text() text as written} and what it says: a {@linkplain #score()
 * score} in [0, 1], a {@linkplain #status() status}, or both. It is what the author wrote, not a
 * check-in and not a score computed from the measurement. {@link #parse(String)} reads the common
 * shapes.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Reported {
  Reported() {}

  /** The report as written, e.g. {@code "=> 7/10 (on track)"}; not blank. */
  @Value.Parameter(order = 0)
  public abstract String text();

  /**
   * The score reported, in [0, 1]: {@code 7/10} is 0.7, {@code 66%} is 0.66, {@code 0.7} is 0.7.
   */
  @Value.Parameter(order = 1)
  public abstract Optional<Double> score();

  /**
   * The status reported, in lower case, such as {@code "done"}, {@code "achieved"}, {@code
   * "partially achieved"}, {@code "missed"}, {@code "on track"}, {@code "at risk"}, {@code "off
   * track"}, {@code "in progress"}, {@code "not started"}, {@code "blocked"} or {@code "dropped"}
   * (the words {@link #parse(String)} gives); other lower-case words are kept as they are.
   */
  @Value.Parameter(order = 2)
  public abstract Optional<String> status();

  /**
   * A report with a score, a status or both.
   *
   * @param text the report as written; not blank
   * @param score in [0, 1]
   * @param status in lower case; not blank
   * @throws OkrValidationException when a part breaks its rule, or neither score nor status is given
   */
  public static Reported of(String text, Optional<Double> score, Optional<String> status) {
    return ImmutableReported.of(text, score, status);
  }

  /**
   * A report of a score alone, e.g. {@code ofScore("(7/10)", 0.7)}.
   *
   * @param text the report as written; not blank
   * @param score in [0, 1]
   */
  public static Reported ofScore(String text, double score) {
    return of(text, Optional.of(score), Optional.empty());
  }

  /**
   * A report of a status alone, e.g. {@code ofStatus("=> Done", "done")}.
   *
   * @param text the report as written; not blank
   * @param status in lower case; not blank
   */
  public static Reported ofStatus(String text, String status) {
    return of(text, Optional.empty(), Optional.of(status));
  }

  /**
   * Reads a report as authors write one. The whole text must be the report; it may hold:
   *
   * <ul>
   *   <li>a score: a fraction {@code 7/10}, {@code 7 / 10} or {@code 7 out of 10} (the divisor
   *       greater than 0), a percentage {@code 66%} or {@code 66.5 %}, or a decimal {@code 0.7},
   *       {@code .7} or {@code 0,7} in [0, 1]. Fractions and percentages above 1 (over-achieved:
   *       {@code 120%}) are read as 1; other numbers, and numbers with a sign, are not a score;
   *   <li>a status in words, any case: {@code done}, {@code complete}, {@code achieved}, {@code
   *       met}, {@code missed}, {@code not met}, {@code partially achieved}, {@code on track},
   *       {@code green}, {@code at risk}, {@code amber}, {@code off track}, {@code red}, {@code in
   *       progress}, {@code WIP}, {@code not started}, {@code blocked}, {@code dropped}, {@code
   *       cancelled}, … (see {@link #status()} for the words given);
   *   <li>a status as an emoji: ✅ ✔ ☑ done; ❌ ✗ ✘ missed; 🟢 🟩 on track; 🟡 🟨 🟠 at risk; 🔴 🟥
   *       off track. A status in words wins over an emoji ({@code "✅ achieved"} is achieved);
   *   <li>around these: arrows ({@code =>}, {@code -->}, {@code ->}, {@code →}, {@code ⇒}, …),
   *       brackets, punctuation, Markdown emphasis, and the labels {@code score}, {@code status},
   *       {@code grade}, {@code result}, {@code progress}, {@code final}, {@code rating}, {@code
   *       actual}, {@code current}, e.g. {@code "Score: 0.7"}, {@code "**=> Done**"}, {@code
   *       "[66% - at risk]"}. A percentage followed by {@code complete}, {@code done} or {@code
   *       achieved} ({@code "66% done"}) is a score only.
   * </ul>
   *
   * <p>Anything else in the text (other words, two different scores or two different statuses in
   * words) means it is not a report, and so does text that holds neither a score nor a status:
   * these give empty. Never throws; runs in time linear in the length of the text.
   *
   * @param text the text, e.g. {@code "--> 66%"}; {@code null} gives empty
   * @return the report, with {@link #text()} the text as given
   */
  public static Optional<Reported> parse(@Nullable String text) {
    return ReportedText.parse(text);
  }

  @Value.Check
  final void check() {
    Constraints.nonBlank("text", text());
    score().ifPresent(s -> Constraints.unitInterval("score", s));
    if (status().isPresent()) {
      String status = status().get();
      Constraints.nonBlank("status", status);
      if (!status.equals(status.toLowerCase(Locale.ROOT))) {
        throw new OkrValidationException("status", status, "must be in lower case, e.g. \"on track\"");
      }
    }
    if (score().isEmpty() && status().isEmpty()) {
      throw new OkrValidationException("", text(), "must hold a score, a status or both");
    }
  }
}
