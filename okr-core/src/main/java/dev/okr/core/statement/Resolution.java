package dev.okr.core.statement;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.OkrValidationException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Merges a key result's explicit measurement with the one its statement describes. */
final class Resolution {
  private Resolution() {}

  static ResolvedMeasurement of(KeyResult keyResult, KeyResultStatement statement) {
    Optional<Measurement> explicit = keyResult.measurement();
    Optional<Measurement> read = statement.measurement();
    Set<ResolvedMeasurement.Field> fromText = EnumSet.noneOf(ResolvedMeasurement.Field.class);
    Optional<Measurement> effective = explicit;
    if (read.isPresent()) {
      if (explicit.isEmpty()) {
        if (agreesWithCheckIns(keyResult, read.get().type())) {
          effective = read;
          fromText.addAll(fieldsOf(read.get()));
        }
      } else {
        effective = Optional.of(complete(explicit.get(), read.get(), fromText));
      }
    }
    return ImmutableResolvedMeasurement.builder()
        .keyResult(keyResult)
        .statement(statement)
        .measurement(effective)
        .addAllFromStatement(fromText)
        .build();
  }

  private static Set<ResolvedMeasurement.Field> fieldsOf(Measurement m) {
    Set<ResolvedMeasurement.Field> fields = EnumSet.of(ResolvedMeasurement.Field.TYPE);
    m.unit().ifPresent(u -> fields.add(ResolvedMeasurement.Field.UNIT));
    m.baseline().ifPresent(v -> fields.add(ResolvedMeasurement.Field.BASELINE));
    m.target().ifPresent(v -> fields.add(ResolvedMeasurement.Field.TARGET));
    m.stretch().ifPresent(v -> fields.add(ResolvedMeasurement.Field.STRETCH));
    return fields;
  }

  /** Whether the key result's check-ins, if any, record what a measurement of this type needs. */
  private static boolean agreesWithCheckIns(KeyResult keyResult, MeasurementType type) {
    CheckIn.Kind needed = type == MeasurementType.BINARY ? CheckIn.Kind.ACHIEVED
        : type == MeasurementType.MILESTONES ? CheckIn.Kind.MILESTONES : CheckIn.Kind.VALUE;
    return keyResult.checkIns().stream().allMatch(c -> c.kind() == needed);
  }

  /** The explicit measurement with the fields it lacks taken from the text, one by one, while valid. */
  private static Measurement complete(Measurement explicit, Measurement read, Set<ResolvedMeasurement.Field> fromText) {
    if (explicit.type() != read.type()) {
      return explicit;
    }
    boolean sameUnit = explicit.unit().isEmpty() || read.unit().isEmpty() || explicit.unit().equals(read.unit());
    if (!sameUnit) {
      return explicit;
    }
    Measurement m = explicit;
    if (m.unit().isEmpty() && read.unit().isPresent()) {
      m = m.withUnit(read.unit());
      fromText.add(ResolvedMeasurement.Field.UNIT);
    }
    if (m.baseline().isEmpty() && read.baseline().isPresent()) {
      Measurement current = m;
      m = tryWith(m, () -> current.withBaseline(read.baseline()), ResolvedMeasurement.Field.BASELINE, fromText);
    }
    if (m.target().isEmpty() && read.target().isPresent()) {
      Measurement current = m;
      m = tryWith(m, () -> current.withTarget(read.target()), ResolvedMeasurement.Field.TARGET, fromText);
    }
    if (m.stretch().isEmpty() && read.stretch().isPresent()) {
      Measurement current = m;
      m = tryWith(m, () -> current.withStretch(read.stretch()), ResolvedMeasurement.Field.STRETCH, fromText);
    }
    return m;
  }

  private static Measurement tryWith(
      Measurement current, Supplier<Measurement> next, ResolvedMeasurement.Field field,
      Set<ResolvedMeasurement.Field> fromText) {
    try {
      Measurement m = next.get();
      fromText.add(field);
      return m;
    } catch (OkrValidationException e) {
      return current;
    }
  }
}
