package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.okr.cli.Cli.Run;
import dev.okr.cli.GradeReport.KeyResultGrade;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each sample document, at a date mid-cycle and at the cycle's end, under each profile: the
 * key-result rows that {@code okr grade --format csv} exports, given to {@code okr batch-grade}, get
 * the scores, attainments and final grades that {@code okr grade} shows, named and weighted
 * milestones included (revenue-invoicing in q3.yaml). A row carries one reading, so the key results
 * whose score needs more are named and left out: a maintain key result scored over several check-in
 * periods (or over the cycle's planned periods); every other key result is compared. With the
 * check-ins exported too ({@code --check-ins-out}, given to {@code batch-grade --check-ins} with the
 * same {@code --at}), none is left out, and the status, expected score and forecast of each row that
 * has check-ins are what {@code okr grade} shows.
 */
class SampleRowsBatchGradeTest {
  private static final List<String> BATCH_COLUMNS =
      List.of("objective_id", "kr_id", "kind", "kr_type", "baseline", "target", "current", "weight", "stretch", "cycle",
          "milestone_names", "milestones_done");

  static Stream<Arguments> samples() {
    List<Arguments> all = new ArrayList<>();
    for (String sample : List.of("q3.yaml", "q4-draft.md")) {
      for (String date : List.of("2026-08-19", "2026-09-30")) {
        for (String profile : Profiles.all().keySet()) {
          all.add(Arguments.of(sample, date, profile, false));
          all.add(Arguments.of(sample, date, profile, true));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} at {1}, {2}, check-ins exported: {3}")
  @MethodSource("samples")
  void batchGradeOnTheExportedRowsGivesWhatGradeShows(String sample, String date, String profileName, boolean history,
      @TempDir Path dir) throws IOException {
    Profile profile = Profiles.named(profileName);
    Path checkIns = dir.resolve("check-ins.csv");
    Run grade = history
        ? Cli.run("grade", "--at", date, "--profile", profileName, "--format", "csv", "--check-ins-out", checkIns.toString(),
            Cli.sample(sample))
        : Cli.run("grade", "--at", date, "--profile", profileName, "--format", "csv", Cli.sample(sample));
    assertThat(grade.exit()).as(grade.err()).isIn(0, 1);
    List<NamedCsvRecord> exported = read(grade.out()).stream()
        .filter(r -> r.getField("level").equals("key-result")).toList();
    assertThat(exported).isNotEmpty();

    StringBuilder rows = new StringBuilder(String.join(",", BATCH_COLUMNS)).append('\n');
    for (NamedCsvRecord r : exported) {
      rows.append(String.join(",", BATCH_COLUMNS.stream().map(c -> quoted(r.getField(c))).toList())).append('\n');
    }
    Path in = Files.writeString(dir.resolve("rows.csv"), rows);
    Run batch = history
        ? Cli.run("batch-grade", "--in", in.toString(), "--out", dir.resolve("graded.csv").toString(),
            "--profile", profileName, "--threads", "1", "--check-ins", checkIns.toString(), "--at", date)
        : Cli.run("batch-grade", "--in", in.toString(), "--out", dir.resolve("graded.csv").toString(),
            "--profile", profileName, "--threads", "1");
    assertThat(batch.exit()).as(batch.err()).isZero();
    if (history) {
      // every exported check-in belongs to an exported row
      assertThat(batch.out()).contains(" 0 key results with check-ins but no row");
    }
    Map<String, NamedCsvRecord> graded = byKeyResult(read(Files.readString(dir.resolve("graded.csv"))));
    Map<String, NamedCsvRecord> rejected = new HashMap<>();
    for (NamedCsvRecord reject : read(Files.readString(dir.resolve("graded.rejects.csv")))) {
      // the record field holds the row as read: its kr_id by the input's header
      String id = read(String.join(",", BATCH_COLUMNS) + "\n" + reject.getField("record")).get(0).getField("kr_id");
      assertThat(rejected.put(id, reject)).as("kr_id %s once", id).isNull();
    }

    Map<String, String> beyondARow = beyondARow(sample, date, profile, history);
    int tracked = 0;
    GradeCommand.Shown shown = new GradeCommand.Shown(profile);
    int compared = 0;
    boolean invoicing = false;
    for (NamedCsvRecord r : exported) {
      String id = r.getField("kr_id");
      if (beyondARow.containsKey(id)) {
        // a row cannot carry it: exported without batch columns, so batch-grade rejects it
        assertThat(r.getField("kr_type")).as(id).isEmpty();
        assertThat(r.getField("note")).as(id).contains("no batch row: ");
        assertThat(rejected).as(id).containsKey(id);
        continue;
      }
      if (r.getField("kr_type").isEmpty()) {
        // no measurement, even from the statement: okr grade cannot score it, batch-grade rejects it
        assertThat(r.getField("score")).isEmpty();
        assertThat(rejected).as(id).containsKey(id);
        continue;
      }
      assertThat(graded).as("%s rejected: %s", id, rejected.get(id)).containsKey(id);
      NamedCsvRecord g = graded.get(id);
      compared++;
      invoicing |= id.equals("revenue-invoicing");
      if (r.getField("score").isEmpty()) {
        assertThat(g.getField("score")).as(id).isEmpty();
        assertThat(g.getField("grade")).as(id).isEqualTo("unscored");
        continue;
      }
      assertThat(Double.parseDouble(g.getField("attainment"))).as(id).isEqualTo(Double.parseDouble(r.getField("attainment")));
      assertThat(shown.keyResult(Double.parseDouble(g.getField("score")))).as(id).isEqualTo(Double.parseDouble(r.getField("score")));
      if (r.getField("phase").equals("ended")) {
        assertThat(g.getField("grade")).as(id).isEqualTo(r.getField("grade"));
        assertThat(g.getField("colour")).as(id).isEqualTo(r.getField("colour"));
      }
      if (history && !g.getField("status").isEmpty()) {
        tracked++;
        assertThat(g.getField("status")).as(id).isEqualTo(r.getField("status"));
        assertThat(shown.other(Double.parseDouble(g.getField("expected")))).as(id)
            .isEqualTo(Double.parseDouble(r.getField("expected")));
        assertThat(g.getField("forecast").isEmpty()).as(id).isEqualTo(r.getField("forecast").isEmpty());
        if (!g.getField("forecast").isEmpty()) {
          assertThat(shown.other(Double.parseDouble(g.getField("forecast")))).as(id)
              .isEqualTo(Double.parseDouble(r.getField("forecast")));
        }
      }
    }
    if (history && sample.equals("q3.yaml") && date.equals("2026-08-19")) {
      assertThat(tracked).isGreaterThanOrEqualTo(7);
    }
    // nothing is left out that a row can carry: only the key results named above
    if (sample.equals("q3.yaml")) {
      assertThat(beyondARow.keySet()).isSubsetOf(history ? Set.of() : Set.of("sync-latency"));
      assertThat(compared).isEqualTo(exported.size() - beyondARow.size());
      // the key result of named milestones of different weights is compared, at each date and under each profile
      assertThat(invoicing).isTrue();
      assertThat(compared).isGreaterThanOrEqualTo(7);
    } else {
      assertThat(beyondARow).isEmpty();
    }
  }

  /**
   * The key results whose score needs more than a row carries, with the reason, read from the
   * document as okr grade reads it (measurements filled from statements).
   */
  private static Map<String, String> beyondARow(String sample, String date, Profile profile, boolean history)
      throws IOException {
    LocalDate day = LocalDate.parse(date);
    GradeReport report = GradeReport.of(InputDocument.read(Path.of(Cli.sample(sample))), day, profile);
    Map<String, String> beyond = new HashMap<>();
    for (GradeReport.ObjectiveGrade o : report.objectives()) {
      for (KeyResultGrade k : o.keyResults()) {
        GradeCommand.beyondOneRow(k.keyResult(), day, profile.scoring(), history).ifPresent(why -> beyond.put(k.keyResult().id(), why));
      }
    }
    return beyond;
  }

  private static Map<String, NamedCsvRecord> byKeyResult(List<NamedCsvRecord> records) {
    Map<String, NamedCsvRecord> byId = new HashMap<>();
    for (NamedCsvRecord r : records) {
      assertThat(byId.put(r.getField("kr_id"), r)).as("kr_id %s once", r.getField("kr_id")).isNull();
    }
    return byId;
  }

  private static List<NamedCsvRecord> read(String csv) throws IOException {
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
      return reader.stream().toList();
    }
  }

  private static String quoted(String field) {
    boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
    return quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}
