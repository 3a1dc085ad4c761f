package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's own strategy, found as a service and named with {@code --strategy}, scores what
 * {@code okr batch-grade} and {@code okr grade} output, through the same pipeline and policies as a
 * built-in one.
 */
class OwnStrategyTest {
  private static final String ROWS = """
      objective_id,kr_id,kind,kr_type,baseline,target,current,weight
      o1,grow,aspirational,increase,0,100,30,1
      o1,cut,aspirational,decrease,10,0,7,1
      o1,hold,aspirational,at-least,,99,99.5,1
      """;

  /** kr_id to {score, attainment} of a graded output. */
  private static Map<String, List<String>> scores(Path graded) throws Exception {
    return Files.readAllLines(graded).stream().skip(1).map(l -> l.split(",", -1))
        .collect(Collectors.toMap(f -> f[1], f -> List.of(f[8], f[9])));
  }

  @Test
  void anApplicationsOwnStrategyChangesWhatBatchGradeWrites(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("krs.csv");
    Files.writeString(in, ROWS);
    Run profile = Cli.run("batch-grade", "--in", in.toString(), "--out", dir.resolve("profile.csv").toString());
    Run own = Cli.run("batch-grade", "--in", in.toString(), "--out", dir.resolve("own.csv").toString(),
        "--strategy", "increase=doubled-progress", "--strategy", "decrease=doubled-progress", "--threads", "2");

    assertThat(profile.exit()).isZero();
    assertThat(own.exit()).as(own.err()).isZero();
    assertThat(own.lastLine()).isEqualTo("rows in 3 = graded 3 (scored 3, unscored 0) + rejected 0; objectives 0");
    assertThat(scores(dir.resolve("profile.csv"))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "grow", List.of("0.3", "0.3"), "cut", List.of("0.3", "0.3"), "hold", List.of("1.0", "1.0")));
    // twice the progress; the profile's overshoot=cap still applies to the application's strategy
    assertThat(scores(dir.resolve("own.csv"))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "grow", List.of("0.6", "0.6"), "cut", List.of("0.6", "0.6"), "hold", List.of("1.0", "1.0")));
    Files.writeString(in, ROWS.replace("o1,grow,aspirational,increase,0,100,30,1", "o1,grow,aspirational,increase,0,100,70,1"));
    Cli.run("batch-grade", "--in", in.toString(), "--out", dir.resolve("capped.csv").toString(),
        "--strategy", "increase=doubled-progress");
    assertThat(scores(dir.resolve("capped.csv")).get("grow")).containsExactly("1.0", "1.4");
  }

  @Test
  void anApplicationsOwnStrategyChangesWhatGradeShows() {
    Run profile = Cli.run("grade", "--at", "2026-09-30", "--format", "csv", Cli.sample("q3.yaml"));
    Run own = Cli.run("grade", "--at", "2026-09-30", "--format", "csv", "--strategy", "increase=doubled-progress",
        Cli.sample("q3.yaml"));

    assertThat(own.exit()).as(own.err()).isEqualTo(profile.exit());
    // retention-8w: from 31 to 40, at 37.5; linear attains 6.5 / 9, doubled 13 / 9, capped at 1
    assertThat(attainment(profile, "retention-8w")).isEqualTo(Double.toString(6.5 / 9));
    assertThat(attainment(own, "retention-8w")).isEqualTo(Double.toString(13 / 9.0));
    // a decrease keeps the profile's strategy
    assertThat(attainment(own, "sync-conflicts")).isEqualTo(attainment(profile, "sync-conflicts"));
  }

  @Test
  void anUnknownStrategyOrOneForAnotherTypeIsABadUsage(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("krs.csv");
    Files.writeString(in, ROWS);
    Run unknown = Cli.run("batch-grade", "--in", in.toString(), "--out", dir.resolve("g.csv").toString(),
        "--strategy", "increase=no-such-strategy");
    Run wrongType = Cli.run("grade", "--strategy", "at-least=doubled-progress", Cli.sample("q3.yaml"));

    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--strategy increase=no-such-strategy: strategy: names no scoring strategy; available:");
    assertThat(wrongType.exit()).isEqualTo(2);
    assertThat(wrongType.err()).contains("--strategy at-least=doubled-progress: the strategy scores decrease, increase, not at-least");
  }

  private static String attainment(Run run, String keyResult) {
    List<String> header = List.of(run.lines()[0].split(",", -1));
    for (String line : run.lines()) {
      String[] f = line.split(",", -1);
      if (f.length > 2 && f[2].equals(keyResult)) {
        return f[header.indexOf("attainment")];
      }
    }
    throw new AssertionError(keyResult + " not in " + run.out());
  }
}
