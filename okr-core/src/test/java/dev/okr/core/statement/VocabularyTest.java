package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.OkrValidationException;
import org.junit.jupiter.api.Test;

/** The vocabulary: its defaults, how a linter extends it, and the entries it refuses. */
class VocabularyTest {

  @Test
  void theDefaultsKnowTheSeedsVerbsAndNouns() {
    Vocabulary v = Vocabulary.defaults();
    assertThat(v.increaseVerbs()).contains("increase", "grow", "raise", "improve", "boost");
    assertThat(v.decreaseVerbs()).contains("reduce", "decrease", "lower");
    assertThat(v.maintainVerbs()).contains("maintain", "keep");
    assertThat(v.achieveVerbs()).contains("achieve", "reach", "get", "secure", "generate");
    assertThat(v.outputVerbs()).contains("launch", "ship", "publish", "introduce", "complete", "rebuild", "redesign");
    assertThat(v.monitorVerbs()).contains("track", "monitor");
    assertThat(v.outputNouns()).contains("posts", "features", "interviews");
    assertThat(v.lowerIsBetterWords()).contains("churn", "latency", "time");
    assertThat(StatementParser.standard().vocabulary()).isSameAs(v);
  }

  @Test
  void anExtendedVocabularyChangesTheVerdictAndReadsNewVerbs() {
    Vocabulary mine = Vocabulary.builder()
        .from(Vocabulary.defaults())
        .addOutputNoun("playbooks")
        .addDecreaseVerb("claw back")
        .build();
    StatementParser parser = StatementParser.of(mine);

    assertThat(KeyResultStatement.parse("Secure 5 playbooks").kind()).isEqualTo(StatementKind.OUTCOME);
    assertThat(parser.parse("Secure 5 playbooks").kind()).isEqualTo(StatementKind.OUTPUT);

    KeyResultStatement s = parser.parse("Claw back churn by 10%");
    assertThat(s.verb()).map(Phrase::text).hasValue("Claw back");
    assertThat(s.direction()).hasValue(Direction.DECREASE);
    assertThat(s.relativeChange()).map(RelativeChange::amount).hasValue(-10.0);
    assertThat(KeyResultStatement.parse("Claw back churn by 10%").verb()).isEmpty();
  }

  @Test
  void aVocabularyWithoutAVerbReadsTheStatementWithoutIt() {
    Vocabulary noTrack = Vocabulary.builder().from(Vocabulary.defaults())
        .monitorVerbs(Vocabulary.defaults().monitorVerbs().stream().filter(w -> !w.equals("track")).toList())
        .build();
    assertThat(StatementParser.of(noTrack).parse("Track activation rate weekly.").kind())
        .isEqualTo(StatementKind.UNCLEAR);
  }

  @Test
  void aVerbBelongsToOneClassOnly() {
    assertThatThrownBy(() -> Vocabulary.builder().from(Vocabulary.defaults()).addOutputVerb("reduce").build())
        .isInstanceOf(OkrValidationException.class)
        .hasMessageContaining("outputVerbs[")
        .hasMessageContaining("is already one of the decreaseVerbs")
        .hasMessageContaining("\"reduce\"");
  }

  @Test
  void entriesAreLowercaseWords() {
    assertThatThrownBy(() -> Vocabulary.builder().addOutputNoun("Playbooks").build())
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("outputNouns[0]: must be lowercase words separated by single spaces (was \"Playbooks\")");
    assertThatThrownBy(() -> Vocabulary.builder().addOutputNoun("case studies").build())
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("outputNouns[0]: must be one word (was \"case studies\")");
    assertThatThrownBy(() -> Vocabulary.builder().addIncreaseVerb("drive  up").build())
        .hasMessage("increaseVerbs[0]: must be one or two words separated by one space (was \"drive  up\")");
    assertThatThrownBy(() -> Vocabulary.builder().addIncreaseVerb("").build())
        .hasMessageStartingWith("increaseVerbs[0]: must be one or two words");
    assertThatThrownBy(() -> Vocabulary.builder().addLowerIsBetterWord("lag\ttime").build())
        .hasMessageStartingWith("lowerIsBetterWords[0]: must be");
  }
}
