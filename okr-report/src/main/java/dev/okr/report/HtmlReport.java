package dev.okr.report;

import dev.okr.scoring.Rounding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes graded documents as one self-contained HTML page: per objective its score, grade or status
 * and colour (always with a sign and words too), each key result as a bar with the expected pace
 * marked and a history chart of its check-ins with the target, the pace line and the forecast; the
 * portfolio figures as charts; the alignment tree drawn; each lint finding beside the element it
 * concerns, with its suggestion. No script, no remote resource (a Content-Security-Policy forbids
 * both); every user text escaped; a print stylesheet and a layout for narrow screens.
 *
 * <p>Numbers carried in {@code data-} attributes are the ones the documents hold, which are as the
 * grading shows them; shares (hit rates) are rounded with {@code shares}, as the grading shows them.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page of these documents, as text. */
  public static String render(List<ReportDocument> documents, Rounding shares) {
    StringBuilder out = new StringBuilder(64 * 1024);
    new Page(out).write(documents, shares::apply);
    return out.toString();
  }

  /** Writes the page of these documents to {@code out}. */
  public static void write(List<ReportDocument> documents, Rounding shares, Writer out) throws IOException {
    out.write(render(documents, shares));
  }
}
