package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's report in a real browser: headless Chromium (Debian's {@code chromium}) takes
 * screenshots at a laptop's and a phone's width and prints the page to PDF. Without Chromium on the
 * PATH the tests are skipped, and say so on standard output.
 */
class ReportBrowserTest {
  @TempDir
  static Path dir;

  private static Path chromium;
  private static Path page;

  @BeforeAll
  static void findChromiumAndWriteThePage() {
    Optional<Path> found = onPath("chromium").or(() -> onPath("chromium-browser"));
    if (found.isEmpty()) {
      System.out.println("SKIPPED: chromium not found on the PATH; okr report's browser tests did not run");
    }
    assumeTrue(found.isPresent(), "chromium not found on the PATH");
    chromium = found.get();
    page = dir.resolve("q3.html");
    Cli.Run run = Cli.run("report", "--at", "2026-08-19", "--out", page.toString(), Cli.sample("q3.yaml"));
    assertThat(run.exit()).as(run.err()).isZero();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
  }

  /** Runs headless Chromium on the page with these options; its own output goes to a log file. */
  private static void chromium(String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(options));
    command.add(page.toUri().toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("chromium finished within 3 minutes").isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();
  }

  private static BufferedImage screenshot(int width, int height) throws IOException, InterruptedException {
    Path png = dir.resolve("shot-" + width + ".png");
    chromium("--window-size=" + width + "," + height, "--screenshot=" + png);
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    return image;
  }

  /** How many pixels have exactly this colour (0xRRGGBB). */
  private static long count(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }

  @Test
  void onALaptopThePageShowsItsChartsInTheirColours() throws IOException, InterruptedException {
    BufferedImage image = screenshot(1280, 2000);
    assertThat(distinctColours(image)).as("not blank").isGreaterThan(100);
    // solid fills of the bars: green (on track), red (below target), yellow (at risk), and the grey
    // track drawn once in the page's defs and used by every bar
    assertThat(count(image, 0x1a7f37)).as("green bars").isGreaterThan(2_000);
    assertThat(count(image, 0xc62828)).as("red bars").isGreaterThan(2_000);
    assertThat(count(image, 0xb7791f)).as("yellow bars").isGreaterThan(1_000);
    assertThat(count(image, 0xeaeef2)).as("the bars' track").isGreaterThan(2_000);
    // the check-in lines (blue) of the history charts
    assertThat(count(image, 0x0969da)).as("check-in lines").isGreaterThan(200);
  }

  @Test
  void onAPhoneThePageFitsItsWidth() throws IOException, InterruptedException {
    BufferedImage image = screenshot(390, 1600);
    assertThat(distinctColours(image)).as("not blank").isGreaterThan(50);
    assertThat(count(image, 0x1a7f37)).as("green bars").isGreaterThan(500);
    assertThat(count(image, 0xeaeef2)).as("the bars' track").isGreaterThan(500);
  }

  @Test
  void itPrintsToPdf() throws IOException, InterruptedException {
    Path pdf = dir.resolve("q3.pdf");
    chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    assertThat(pdf).exists();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(bytes.length).isGreaterThan(20_000);
  }
}
