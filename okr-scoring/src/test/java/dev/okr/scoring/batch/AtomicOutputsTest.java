package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are replaced all together when a run succeeds, and not at all when it fails. */
class AtomicOutputsTest {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight\n";

  private static String[] folder(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void aFailedRunLeavesTheOldOutputsAsTheyWereAndNoTemporaryFiles(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "O1,K1,committed,increase,0,10,5,1\nO1,\"K2,committed\n");
    Path out = Files.writeString(dir.resolve("out.csv"), "old graded\n");
    Path rejects = Files.writeString(dir.resolve("rejects.csv"), "old rejects\n");
    Path rollups = Files.writeString(dir.resolve("rollups.csv"), "old rollups\n");

    assertThatThrownBy(() -> CsvBatch.of(BatchGrader.builder().parallelism(2).chunkSize(1).build())
        .grade(in, out, rejects, Optional.of(rollups)))
        .isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 3: column 4: a quoted field begins here");

    assertThat(out).hasContent("old graded");
    assertThat(rejects).hasContent("old rejects");
    assertThat(rollups).hasContent("old rollups");
    assertThat(folder(dir)).containsExactly("in.csv", "out.csv", "rejects.csv", "rollups.csv");
  }

  @Test
  void aSuccessfulRunReplacesEveryOutputAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "O1,K1,committed,increase,0,10,5,1\nO1,K2,committed,increase,x,10,5,1\n");
    Path out = Files.writeString(dir.resolve("out.csv"), "old graded\n");
    Path rejects = Files.writeString(dir.resolve("rejects.csv"), "old rejects\n");
    Path rollups = dir.resolve("rollups.csv");

    BatchSummary summary = CsvBatch.of(BatchGrader.defaults()).grade(in, out, rejects, Optional.of(rollups));

    assertThat(summary).isEqualTo(new BatchSummary(2, 1, 1, 0, 1, 1));
    assertThat(Files.readAllLines(out)).containsExactly(
        "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,score,attainment,grade,colour",
        "O1,K1,committed,increase,0,10,5,1,0.5,0.5,missed,red");
    assertThat(Files.readAllLines(rejects)).containsExactly(
        "line,reason,record", "3,\"baseline \"\"x\"\" is not a number\",\"O1,K2,committed,increase,x,10,5,1\"");
    assertThat(Files.readAllLines(rollups)).containsExactly(
        "objective_id,kind,key_results,scored,score,raw,grade,colour,first_line,last_line",
        "O1,committed,1,1,0.5,0.5,missed,red,2,2");
    assertThat(folder(dir)).containsExactly("in.csv", "out.csv", "rejects.csv", "rollups.csv");
  }

  @Test
  void anOutputThatIsAFolderFailsBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "O1,K1,committed,increase,0,10,5,1\n");
    Path rejects = Files.writeString(dir.resolve("rejects.csv"), "old rejects\n");
    Path folder = Files.createDirectory(dir.resolve("out.csv"));

    assertThatThrownBy(() -> CsvBatch.of(BatchGrader.defaults()).grade(in, folder, rejects, Optional.empty()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("out.csv: is a folder");
    assertThat(rejects).hasContent("old rejects");
    assertThat(folder(dir)).containsExactly("in.csv", "out.csv", "rejects.csv");
  }

  @Test
  void anOutputInAFolderThatDoesNotExistFailsNamingTheOutput(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "O1,K1,committed,increase,0,10,5,1\n");
    Path missing = dir.resolve("no-such-folder").resolve("out.csv");
    assertThatThrownBy(() -> CsvBatch.of(BatchGrader.defaults()).grade(in, missing, dir.resolve("rejects.csv"), Optional.empty()))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageEndingWith(missing.toString());
    assertThat(folder(dir)).containsExactly("in.csv");
  }
}
