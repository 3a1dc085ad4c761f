package dev.okr.cli;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.io.OkrWriter;
import dev.okr.core.outline.UnplacedLine;
import dev.okr.core.statement.StatementParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okr convert}: any supported input, written in the interchange form with source positions
 * that name the input file. They are read back as each element's {@code origin()}, never as its
 * {@code source()}, so findings on the converted file point into the converted file.
 */
@Command(
    name = "convert",
    sortOptions = false,
    description = {
        "Print a YAML or JSON document or a Markdown or text outline in the interchange form.",
        "The form is docs/interchange-format.md. Every objective, key result and initiative keeps where it "
            + "comes from as source: {file, line, column}: its position in the input, or the one the input names "
            + "for it when the input was itself converted. Reading the output takes these as where the elements "
            + "come from (their origin), not where they stand: linting the output reports the output's own lines.",
        "Outline lines that are not an objective, key result or initiative are listed, never dropped: at the end "
            + "of the YAML as comments, and for JSON (which has no comments) on standard error, one a line as "
            + "FILE:LINE:COLUMN: unplaced (REASON): TEXT, control characters in them escaped (\\u001B).",
        ""})
final class ConvertCommand implements Callable<Integer> {

  /** Output forms. */
  enum Target { YAML, JSON }

  @Spec
  private CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "yaml or json.")
  private Target to;

  @Option(names = "--fill-measurements",
      description = "Write the measurement each key-result statement describes (\"from 22%% to 35%%\") where none is given.")
  private boolean fill;

  @Parameters(arity = "1", paramLabel = "PATH", description = "A YAML or JSON document, or a Markdown or text outline.")
  private Path path;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputDocument document = InputDocument.read(path);
    OkrSet set = fill ? filled(document.set()) : document.set();
    OkrWriter writer = (to == Target.YAML ? OkrWriter.yaml() : OkrWriter.json()).withSourcePositions(document.name());
    out.print(writer.write(set));
    List<UnplacedLine> unplaced = document.unplaced();
    if (!unplaced.isEmpty()) {
      if (to == Target.YAML) {
        PrintWriter comments = new ReportLines(out);
        comments.println("# " + unplaced.size() + " line" + (unplaced.size() == 1 ? "" : "s") + " of " + document.name()
            + " not read as an objective, key result or initiative (line:column, reason, text):");
        for (UnplacedLine u : unplaced) {
          comments.println("#   " + u.line() + ":" + u.column() + "  " + u.reason() + ":  " + u.text().strip());
        }
        comments.flush();
      } else {
        PrintWriter lines = new ReportLines(err);
        for (UnplacedLine u : unplaced) {
          lines.println(document.name() + ":" + u.line() + ":" + u.column() + ": unplaced (" + u.reason() + "): " + u.text().strip());
        }
        lines.flush();
      }
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private static OkrSet filled(OkrSet set) {
    StatementParser parser = StatementParser.standard();
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : set.objectives()) {
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        keyResults.add(parser.resolve(kr).filled());
      }
      objectives.add(o.withKeyResults(keyResults));
    }
    return OkrSet.of(objectives);
  }
}
