package dev.okr.scoring.batch;

import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Verdict;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An objective's rolled-up score from its graded rows, under the profile's rollup policy.
 *
 * @param objectiveId the objective's id
 * @param kind its kind, when labelled
 * @param keyResults the graded rows rolled up
 * @param scored how many of them have a score
 * @param score the rolled-up score in [0, 1], empty when every row was unscored and left out
 * @param raw the combined number before clamping
 * @param verdict the verdict for the kind, when scored
 * @param colour the colour band, when scored
 * @param firstLine the line of the objective's first graded row
 * @param lastLine the line of its last graded row
 */
public record ObjectiveRollup(
    String objectiveId,
    Optional<ObjectiveKind> kind,
    int keyResults,
    int scored,
    OptionalDouble score,
    OptionalDouble raw,
    Optional<Verdict> verdict,
    Optional<Colour> colour,
    long firstLine,
    long lastLine) {}
