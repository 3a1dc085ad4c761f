package dev.okr.scoring.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.okr.core.MeasurementType;
import dev.okr.scoring.Rounding;
import dev.okr.scoring.ScoringPolicy;
import dev.okr.scoring.ScoringStrategy;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The batch package holds no formula and no switch on type names: it reads rows into observations
 * and leaves scoring to the profile's strategy through {@link dev.okr.scoring.Scorer}.
 */
class BatchArchitectureTest {
  private static final JavaClasses BATCH = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.okr.scoring.batch");

  @Test
  void theImportSeesTheBatchGrader() {
    // guards the rules below against passing on an empty import
    assertThat(BATCH.contain(RowGrader.class)).isTrue();
    assertThat(BATCH.contain(BatchGrader.class)).isTrue();
  }

  @Test
  void noStrategyAndNoPolicyStepIsUsedDirectly() {
    noClasses().should().dependOnClassesThat().implement(ScoringStrategy.class)
        .orShould().dependOnClassesThat().areAssignableTo(ScoringStrategy.class)
        .orShould().callMethod(ScoringPolicy.class, "contribution", double.class)
        .orShould().callMethod(ScoringPolicy.class, "value", double.class)
        .orShould().dependOnClassesThat().areAssignableTo(Rounding.class)
        .because("the batch grader scores through Scorer, where the strategies and the policies are applied")
        .check(BATCH);
  }

  @Test
  void noSwitchOnTheMeasurementTypeAndNoTypeNamesRead() {
    noClasses().should().accessFieldWhere(DescribedPredicate.describe("a switch map of MeasurementType",
            (JavaFieldAccess access) -> access.getTarget().getName().startsWith("$SwitchMap$dev$okr$core$MeasurementType")))
        .orShould().callMethod(MeasurementType.class, "id")
        .because("a row's kr_type is read by MeasurementType.fromId and scored by the profile's strategy for it")
        .check(BATCH);
  }

  @Test
  void noBatchClassHoldsATypeNameAsAStringLiteral() throws IOException {
    // a switch or an equals on type names needs the names as string literals in the class file
    List<String> found = new ArrayList<>();
    for (var javaClass : BATCH) {
      String resource = "/" + javaClass.getName().replace('.', '/') + ".class";
      byte[] bytes;
      try (InputStream in = BatchGrader.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        bytes = in.readAllBytes();
      }
      Set<String> literals = stringLiterals(bytes);
      for (MeasurementType type : MeasurementType.values()) {
        for (String name : new String[] {type.id(), type.id().replace('-', '_')}) {
          if (literals.contains(name)) {
            found.add(javaClass.getName() + ": \"" + name + "\"");
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theLiteralReaderFindsLiterals() throws IOException {
    try (InputStream in = BatchArchitectureTest.class.getResourceAsStream("BatchArchitectureTest.class")) {
      assertThat(stringLiterals(in.readAllBytes())).contains("dev.okr.scoring.batch", "a switch map of MeasurementType");
    }
  }

  /** The string literals (CONSTANT_String entries) of a class file's constant pool. */
  private static Set<String> stringLiterals(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    in.skipBytes(8); // magic, minor, major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> strings = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 8 -> strings.add(in.readUnsignedShort());
        case 7, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> literals = new HashSet<>();
    for (int index : strings) {
      literals.add(utf8[index]);
    }
    return literals;
  }
}
