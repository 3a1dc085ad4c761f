package dev.okr.lsp;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.Phrase;
import dev.okr.core.statement.StatementParser;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * The hover of a key result: what the statement reader understood of its statement (direction,
 * metric, baseline, target, deadline) and, where it has check-ins, its score today.
 */
final class KeyResultHover {
  private static final StatementParser READER = StatementParser.standard();

  private KeyResultHover() {}

  /**
   * The hover for a 0-based line of a text, when a key result is written there: on the line its
   * reader recorded for it, or on the line of its statement.
   */
  static Optional<Hover> at(ParsedDocument parsed, int line, LocalDate today) {
    Optional<OkrSet> set = parsed.set();
    if (set.isEmpty()) {
      return Optional.empty();
    }
    String text = parsed.text();
    for (Objective objective : set.get().objectives()) {
      for (KeyResult kr : objective.keyResults()) {
        if (kr.source().isEmpty()) {
          continue;
        }
        int recorded = kr.source().get().line() - 1;
        int statementLine = statementLine(text, recorded, kr.statement());
        if (line == recorded || line == statementLine) {
          return Optional.of(hover(kr, today));
        }
      }
    }
    return Optional.empty();
  }

  /** The 0-based line where the statement is written, searching from the recorded line; -1 if not found. */
  private static int statementLine(String text, int recorded, String statement) {
    int from = TextChanges.lineStart(text, Math.max(0, recorded));
    if (from < 0 || statement.isEmpty()) {
      return -1;
    }
    String firstLine = statement.lines().findFirst().orElse(statement);
    int found = text.indexOf(firstLine, from);
    return found < 0 ? -1 : TextChanges.position(text, found).getLine();
  }

  static Hover hover(KeyResult kr, LocalDate today) {
    StringBuilder md = new StringBuilder();
    KeyResultStatement st = READER.parse(kr.statement());
    md.append("**Key result** `").append(kr.id()).append("`\n\n");
    md.append("| read as | |\n|---|---|\n");
    row(md, "direction", st.direction().map(d -> d.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    row(md, "metric", st.metric().map(Phrase::text));
    row(md, "baseline", st.baseline().map(Phrase::text));
    row(md, "target", st.target().map(Phrase::text));
    row(md, "deadline", st.deadline().map(Phrase::text));
    if (!kr.checkIns().isEmpty()) {
      md.append("\n");
      try {
        Score score = Scorer.defaults().score(kr, today);
        if (score instanceof Score.Scored scored) {
          md.append(String.format(Locale.ROOT, "**Score** %.2f on %s (%s)%n", scored.value(), today, score.strategy()));
        } else if (score instanceof Score.Unscored unscored) {
          md.append("**Not scored**: ").append(unscored.reason()).append('\n');
        }
      } catch (RuntimeException e) {
        md.append("**Not scored**: ").append(e.getMessage()).append('\n');
      }
    }
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()));
  }

  private static void row(StringBuilder md, String name, Optional<String> value) {
    md.append("| ").append(name).append(" | ")
        .append(value.map(v -> v.replace("|", "\\|").replace("\n", " ")).orElse("—")).append(" |\n");
  }
}
