package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is not a number (KR-LABELS.md, "What is not a number"): years, quarters, dates, versions,
 * issue numbers, names with digits, plan lengths and clock times are never a baseline, target or
 * stretch, and a score or status reported after the statement is no part of it. Each family has
 * statements with no number, and statements whose real numbers are read beside the ones that are
 * not.
 */
class NotNumbersTest {

  /** A statement and the numbers expected in it, as "baseline=..", "target=..", "stretch=..". */
  static Arguments reads(String family, String text, String... numbers) {
    return Arguments.of(family, text, List.of(numbers));
  }

  static Stream<Arguments> statements() {
    return Stream.of(
        reads("year", "Write the mobile tech roadmap for 2026"),
        reads("year", "Host the 2025 user conference in Lisbon"),
        reads("year", "Sales kickoff 2026 planned and delivered"),
        reads("year", "Reproduce baseline results from the 2023 paper"),
        reads("year", "Renewal rate on the 2024 cohort \u2265 90%", "target=90 %"),
        reads("year", "Logistics CO2e 20% below the 2023 baseline", "target=-20 % relative"),
        reads("year", "Grow ARR in FY 2025 to $2M", "target=2000000 USD"),
        reads("year", "Close the FY2025 books on time"),
        reads("year, not: a count", "Reach 2000 customers", "target=2000"),
        reads("quarter", "Q3 bookings hit $1.2M", "target=1200000 USD"),
        reads("quarter", "Launch the partner portal in 2026-Q3"),
        reads("quarter", "H1 hiring plan signed off"),
        reads("quarter", "Ship SSO in Q3 2026"),
        reads("date", "Ship v2 by March 15"),
        reads("date", "Launch the new pricing page March 15"),
        reads("date", "Go live 30 April with the new checkout"),
        reads("date", "Close the books by 31/12"),
        reads("date", "Migrate billing on 12/31/2026"),
        reads("date", "Go live 2026-03-01 in all regions"),
        reads("date", "Backlog groomed by 30/06"),
        reads("date, not: a score", "Raise app rating from 3.9/5 to 4.5/5", "baseline=3.9 out of 5",
            "target=4.5 out of 5"),
        reads("version", "Release v2 of the mobile app"),
        reads("version", "Release v4.0 with the new plugin API"),
        reads("version", "GA release of Reports 2.0"),
        reads("version", "Deprecation warnings for every API removed in 5.0"),
        reads("version", "Upgrade the monolith to Rails 6"),
        reads("version", "Move all services to Java 17"),
        reads("version", "Support iOS 18 on launch day"),
        reads("version", "Kubernetes 1.29 upgrade on every prod cluster"),
        reads("version", "Postgres 12 -> 16 upgrade for the billing DB"),
        reads("version", "Migrate Airflow 1 DAGs to Airflow 2"),
        reads("version", "Migrate from Google Workspace to Microsoft 365"),
        reads("version", "Decommission the ELK 6 cluster"),
        reads("version", "Plugin API marked stable in the 4.2 release notes"),
        reads("version, not: a metric acronym", "NPS 32 \u2192 45", "baseline=32", "target=45"),
        reads("version", "Upgrade the reporting MySQL replicas from 5 to 8"),
        reads("version", "Elasticsearch upgraded to 8.11 in every region"),
        reads("version", "Node 18 -> 20 on all build agents"),
        reads("version", "Upgrade guide for 2.x \u2192 3.0 written"),
        reads("version", "Keep a maintenance branch for 6.x alive"),
        reads("version, not: a measure", "Upgrade rate from 4% to 7% of free workspaces", "baseline=4 %",
            "target=7 %"),
        reads("version, not: a measure", "Plan tier upgrades, 40 to 90 a month", "baseline=40 per month",
            "target=90 per month"),
        reads("issue", "Fix #1234 before the freeze"),
        reads("issue", "Implement RFC 12 in the gateway"),
        reads("issue", "Close JIRA-1234 and GTM-214"),
        reads("issue", "Partner portal SSO (see GTM-214)"),
        reads("name", "Build the 3D product viewer"),
        reads("name", "Close the Series B"),
        reads("name", "24/7 coverage for P1 in place"),
        reads("name", "Build the customer 360 table"),
        reads("name", "Replace the screens in room 3B"),
        reads("name", "Reduce P1 incidents from 12 to 3", "baseline=12", "target=3"),
        reads("name", "Zero Sev1 outages caused by platform changes", "target=0"),
        reads("name, not: a count of the top ones", "Complete account plans for our top 25 accounts", "target=25"),
        reads("plan length", "Write a 12-month roadmap"),
        reads("plan length", "Agree a 90-day plan with finance"),
        reads("plan length", "Publish the 12 month roadmap"),
        reads("plan length", "Publish the frontend architecture roadmap (18 months)"),
        reads("plan length", "Spike: eBPF network observability (timebox 2 wks)"),
        reads("plan length", "Renewal outreach starts 120 days before term end"),
        reads("plan length", "Improve 90 day retention of new logos to 97%", "target=97 %"),
        reads("clock time", "Standup starts at 9:30 every day"),
        reads("clock time", "Nightly batch done before 6 am"),
        reads("clock time", "Core tables fresh by 07:00 UTC on 99% of days", "target=99 %"),
        reads("clock time", "Managers hold monthly 1:1s with every report"),
        reads("clock time, not: a ratio", "Interview-to-offer ratio from 8:1 to 5:1", "baseline=8", "target=5"),
        reads("one", "Testers spin up an environment with one click"),
        reads("one", "Evaluate Iceberg vs Delta; pick one"),
        reads("one, not: a count", "Reduce P1 incidents to one per month", "target=1 per month"),
        reads("reported score", "Hire a Head of Talent Acquisition (0.5)"),
        reads("reported score", "Gong call recording rolled out to EMEA team --> 66%"),
        reads("reported score", "Enterprise tickets answered within SLA: 99% (7/10)", "target=99 %"),
        reads("reported score", "Online check-in adoption up from 18% to 40% of visits --> 0.7", "baseline=18 %",
            "target=40 %"),
        reads("reported score", "Support escalations under 3 per month => 0.7", "target=3 per month"),
        reads("reported score, not: an arrow", "% of ARR with health score red: 14% => 7%", "baseline=14 %",
            "target=7 %"),
        reads("reported score", "Quarterly access review done for all SaaS apps (9/12)"),
        reads("reported score", "Sign 10 reseller agreements (7/10)", "target=10"),
        reads("reported score", "All servers patched within SLA (180/200 => 90%)"),
        reads("reported score", "Migrate the mail gateway to the new vendor - 40%"),
        reads("reported score", "Migrate the mail gateway to the new vendor -- 40%"),
        reads("reported score", "Roll the new VPN client out to every office => 60% migrated"),
        reads("reported score, not: a level", "Reduce returns to 4% => stretch 3%", "target=4 %", "stretch=3 %"),
        reads("reported score, not: a level", "Refund rate 6% - 4%", "target=6 %"),
        reads("split of the target", "Record 9 customer interviews (3 per segment)", "target=9"),
        reads("split of the target, not: a per-period", "Grow demo requests to 80 a week (50 per week)",
            "baseline=50 per week", "target=80 per week"),
        reads("name", "Reduce falls on ward 7 by 30%", "target=-30 % relative"),
        reads("numbered place", "Fit the new guards on press 7"),
        reads("numbered place", "Barcode scanners installed in labs 3 and 4"),
        reads("numbered place", "Paint the stairwells on floors 2-6"),
        reads("numbered place", "Line-side kanban on lines 1\u20134"),
        reads("numbered place", "Retrofit extraction for booths 1, 2 and 5"),
        reads("numbered place", "Door sensors live at station 40 and gate 12"),
        reads("numbered place, not: its measure", "Cut scrap on line 3 from 4% to 2%", "baseline=4 %", "target=2 %"),
        reads("numbered place, not: a count of places", "Open 3 new warehouses", "target=3"),
        reads("numbered place, not: a count after it", "Hire 4 nurses for ward 9 and 2 porters", "target=4"),
        reads("name", "Scope 3 emissions reported to the board"),
        reads("qualifier", "CPQ implemented for all quotes above \u20AC50k"),
        reads("qualifier", "Roll out SSO to all SaaS apps with > 10 users"),
        reads("qualifier", "All supplier purchase orders above \u00A320k have a second approver"),
        reads("qualifier", "Every open incident older than 14 days has an owner"),
        reads("qualifier, not: a level", "Cut open incidents older than 14 days from 30 to 5", "baseline=30",
            "target=5"),
        reads("qualifier", "Pilot digital CS for long-tail accounts (<$5k)"),
        reads("priority tag", "[P0] Kafka consumer lag stays under 5s at p99", "target=5 seconds"),
        reads("priority tag", "P0 - Q3 bookings hit $1.2M", "target=1200000 USD"),
        reads("version pair", "Python 3.9 \u2192 3.12 in every service"),
        reads("version pair", "Upgrade the cache 6 -> 7"),
        reads("version pair", "Gateway 2.4 \u2192 2.6 upgrade"),
        reads("version pair, not: an acronym", "LTIFR 2.4 \u2192 1.5", "baseline=2.4", "target=1.5"),
        reads("version pair, not: a measure opening the statement", "Availability 99.5 \u2192 99.8",
            "baseline=99.5", "target=99.8"),
        reads("version pair, not: going down", "Fleet on Gateway 2.6 \u2192 2.1", "baseline=2.6", "target=2.1"),
        reads("version pair", "Fleet on macOS 14.2 \u2192 15.1"),
        reads("version pair", "Move services from Java 11 to 17"),
        reads("name before A to B, not: a version", "Active members on Discord 300 to 800", "baseline=300",
            "target=800"),
        reads("version, a build", "Windows agent 4.6 on every desktop"),
        reads("version, a build", "Ship 6.4 for Linux GA"),
        reads("numbering", "OKR 1.2 - publish the data catalogue"),
        reads("numbering", "Study amendment 4 filed with the regulator"),
        reads("name", "Pillar Three disclosures published"),
        reads("name", "Zero trust network access for all contractors"),
        reads("name, not: an amount", "Plant 12,000 saplings along the river", "target=12000"),
        reads("name, not: a count after a region", "Sign LATAM 25 new distributors", "target=25"),
        reads("one, a pronoun", "The legacy CRM is retired and the new one is adopted"),
        reads("one, a rule", "Changelog published (one per release)"),
        reads("one, not: a count", "Cut payroll providers from 4 to one", "baseline=4", "target=1"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("statements")
  void onlyMeasurementsAreRead(String family, String text, List<String> expected) {
    KeyResultStatement s = KeyResultStatement.parse(text);
    List<String> read = new ArrayList<>();
    s.baseline().ifPresent(q -> read.add("baseline=" + shown(q)));
    s.target().ifPresent(q -> read.add("target=" + shown(q)));
    s.stretch().ifPresent(q -> read.add("stretch=" + shown(q)));
    assertThat(read).as("%s: %s", family, text).isEqualTo(expected);
    Spans.check(s);
  }

  private static String shown(Quantity q) {
    double v = q.value();
    String number = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    return number + unit(q.unit().orElse(null)) + (q.relative() ? " relative" : "");
  }

  private static String unit(@Nullable String unit) {
    return unit == null ? "" : " " + unit;
  }
}
