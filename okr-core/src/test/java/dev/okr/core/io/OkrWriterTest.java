package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.OkrSet;
import org.junit.jupiter.api.Test;

/**
 * The exact text the writer gives for a document that uses every field: what is left out (a
 * weight of 1, a planned initiative's status, a milestone's weight of 1, absent values), what is
 * written short (a bare statement, a whole number without its fraction) and in which order.
 */
class OkrWriterTest {
  private static final String DOCUMENT = """
      objectives:
        - id: company
          title: Become the tool product teams trust
          keyResults:
            - Grow paying teams from 1,000 to 1,500
        - id: growth
          title: Delight new users
          description: The first week decides
          kind: aspirational
          owner: {team: Growth}
          cycle: 2026-Q3
          alignsTo: {objective: company}
          tags: [onboarding, activation]
          priority: P1
          reported: {text: 0.6 on track, score: 0.6, status: on track}
          keyResults:
            - Increase NPS from 42 to 60
            - id: checklist
              statement: Ship the onboarding checklist
              owner: {person: Ana Lopez}
              weight: 2
              priority: high
              measurement: {type: milestones, milestones: [design, {name: build, weight: 3}]}
              checkIns:
                - {date: 2026-07-07, milestonesDone: [design], confidence: 0.5}
            - id: signups
              statement: Grow sign-ups from 0 to 1e15
              weight: 0.5
              measurement: {type: increase, unit: sign-ups, baseline: 0, target: 1e15, stretch: 2.5e15}
              checkIns:
                - {date: 2026-07-14, value: 12.5, note: first week}
            - id: ga
              statement: Launch the app
              measurement: {type: binary}
              checkIns: [{date: 2026-08-01, achieved: true}]
              suppressions: [kr-deadline]
              reported: {text: shipped, status: done}
          initiatives:
            - {id: emails, title: Win-back emails, keyResults: [checklist]}
            - {id: tour, title: Product tour, owner: {team: Design}, status: done, suppressions: [initiative-owner]}
          suppressions: [objective-size]
      """;

  @Test
  void writesEveryFieldOnceAndLeavesOutDefaults() {
    OkrSet set = OkrReader.yaml().read(DOCUMENT, "full.yaml");

    assertThat(OkrWriter.yaml().write(set)).isEqualTo("""
        formatVersion: 1
        objectives:
          - id: company
            title: Become the tool product teams trust
            keyResults:
              - "Grow paying teams from 1,000 to 1,500"
          - id: growth
            title: Delight new users
            description: The first week decides
            kind: aspirational
            owner:
              team: Growth
            cycle: 2026-Q3
            alignsTo:
              objective: company
            tags:
              - onboarding
              - activation
            priority: P1
            reported:
              text: 0.6 on track
              score: 0.6
              status: on track
            keyResults:
              - Increase NPS from 42 to 60
              - id: checklist
                statement: Ship the onboarding checklist
                owner:
                  person: Ana Lopez
                weight: 2
                priority: high
                measurement:
                  type: milestones
                  milestones:
                    - design
                    - name: build
                      weight: 3
                checkIns:
                  - date: 2026-07-07
                    milestonesDone:
                      - design
                    confidence: 0.5
              - id: signups
                statement: Grow sign-ups from 0 to 1e15
                weight: 0.5
                measurement:
                  type: increase
                  unit: sign-ups
                  baseline: 0
                  target: 1.0E15
                  stretch: 2.5E15
                checkIns:
                  - date: 2026-07-14
                    value: 12.5
                    note: first week
              - id: ga
                statement: Launch the app
                measurement:
                  type: binary
                checkIns:
                  - date: 2026-08-01
                    achieved: true
                reported:
                  text: shipped
                  status: done
                suppressions:
                  - kr-deadline
            initiatives:
              - id: emails
                title: Win-back emails
                keyResults:
                  - checklist
              - id: tour
                title: Product tour
                owner:
                  team: Design
                status: done
                suppressions:
                  - initiative-owner
            suppressions:
              - objective-size
        """);
    assertThat(OkrReader.yaml().read(OkrWriter.yaml().write(set), "again.yaml")).isEqualTo(set);
    assertThat(OkrReader.json().read(OkrWriter.json().write(set), "again.json")).isEqualTo(set);
  }

  @Test
  void wholeNumbersBelowTenToTheFifteenAreWrittenWithoutAFraction() {
    OkrSet set = OkrReader.yaml().read("""
        objectives:
          - id: o
            title: Grow
            keyResults:
              - id: k
                statement: Grow sign-ups
                measurement: {type: increase, baseline: -999999999999999, target: 999999999999999, stretch: 1e15}
        """, "n.yaml");

    assertThat(OkrWriter.json().write(set)).contains(String.join("\n",
        "      \"measurement\" : {",
        "        \"type\" : \"increase\",",
        "        \"baseline\" : -999999999999999,",
        "        \"target\" : 999999999999999,",
        "        \"stretch\" : 1.0E15",
        "      }"));
  }

  @Test
  void jsonIsPrettyPrintedAndEndsWithALineBreak() {
    OkrSet set = OkrReader.yaml().read("""
        objectives:
          - id: o
            title: Grow
            keyResults: [Increase NPS from 42 to 60]
        """, "j.yaml");

    assertThat(OkrWriter.json().write(set)).isEqualTo("""
        {
          "formatVersion" : 1,
          "objectives" : [ {
            "id" : "o",
            "title" : "Grow",
            "keyResults" : [ "Increase NPS from 42 to 60" ]
          } ]
        }""" + System.lineSeparator());
    assertThat(OkrWriter.of(DocumentFormat.JSON)).isSameAs(OkrWriter.json());
    assertThat(OkrWriter.of(DocumentFormat.YAML)).isSameAs(OkrWriter.yaml());
  }

  @Test
  void elementsBuiltInCodeHaveNoPositionsToWrite() {
    OkrSet built = OkrSet.of(java.util.List.of(dev.okr.core.Objective.builder().id("o").title("Grow")
        .addKeyResult(dev.okr.core.KeyResult.of("o-kr1", "Increase NPS from 42 to 60"))
        .addInitiative(dev.okr.core.Initiative.builder().id("i").title("Survey").build())
        .build()));

    String plain = OkrWriter.yaml().write(built);
    assertThat(plain).contains("  - Increase NPS from 42 to 60\n");
    assertThat(OkrWriter.yaml().withSourcePositions().write(built)).isEqualTo(plain);
    assertThat(OkrWriter.json().withSourcePositions("q3.md").write(built)).isEqualTo(OkrWriter.json().write(built));
  }
}
