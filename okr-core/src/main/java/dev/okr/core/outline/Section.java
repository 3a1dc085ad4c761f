package dev.okr.core.outline;

import dev.okr.core.Cycle;
import dev.okr.core.OkrValidationException;
import dev.okr.core.Owner;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a heading (or a meta line) says about the part of the document under it, when it is not an
 * objective: the owner it names ({@code ## CEO}, {@code #### Team: Search}, {@code ## Marketing
 * team}), the period ({@code ## 2026 Q3}, {@code # FY25 H1}), or that what follows is not OKRs at all
 * ({@code ## How we score}, {@code ## Table of contents}).
 *
 * @param kind what the heading is
 * @param owner the owner it names, or null
 * @param cycle the cycle it names, or null (also null for a fiscal period, which has no calendar)
 */
record Section(Kind kind, @Nullable Owner owner, @Nullable Cycle cycle) {

  /** What a heading is, when it is not an objective. */
  enum Kind {
    /** A person's or team's section of a cascade. */
    OWNER,
    /** A period: a quarter, half or year. */
    PERIOD,
    /** Prose about OKRs, not OKRs: contents, definitions, how-to, schedules, examples, retrospectives. */
    NOT_OKRS,
    /** Nothing known: an objective, or a plain section, depending on what is under it. */
    OTHER
  }

  private static final Section OTHER = new Section(Kind.OTHER, null, null);

  private static final Pattern QUARTER = Pattern.compile(
      "(?i)\\b(?:q([1-4])\\s*[-/ ,]?\\s*'?(\\d{4}|\\d{2})\\b|(\\d{4})\\s*[-/ ,]?\\s*q([1-4])\\b"
          + "|(fy)\\s*'?\\d{2,4}\\s*[-/ ,]?\\s*[qh][1-4]\\b|[qh][1-4]\\s*[-/ ,]?\\s*(fy)\\s*'?\\d{2,4}\\b)");
  private static final Pattern HALF = Pattern.compile(
      "(?i)\\b(?:h([12])\\s*[-/ ,]?\\s*(\\d{4})|(\\d{4})\\s*[-/ ,]?\\s*h([12]))\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:fy\\s*'?)?(20\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILLER = Pattern.compile(
      "(?i)\\b(?:okrs?|objectives?|and|key|results?|goals?|plan|planning|cycle|quarter|half|year|for|of|the|our|draft|"
          + "final|update[ds]?|review|h[12]|q[1-4]|fy\\d*|\\d+)\\b|[-\u2013\u2014:/,'()#|*_.\\[\\]]");

  private static final Pattern TEAM_FIRST = Pattern.compile(
      "(?i)^(?:team|squad|tribe|guild|pod|chapter|department|dept\\.?)\\s*[:\u2013\u2014-]?\\s*(\\S.{0,50})$");
  private static final Pattern TEAM_LAST = Pattern.compile(
      "(?i)^(\\S.{0,50}?)\\s+(?:team|squad|tribe|guild|pod|org|organi[sz]ation|department|dept|group|unit)(?:\\s+okrs?)?$");
  private static final Pattern ROLE = Pattern.compile(
      "^((?:(?:[A-Z][\\w&/.']*|of|and|&)\\s+){0,3}(?:C[A-Z]{1,3}O|VP|SVP|EVP|GM|Head|Director|Chief|Lead|Manager|"
          + "President|Founder|Co-founder)(?:\\s+(?:of\\s+|for\\s+)?[A-Z][\\w&/.']*){0,3})"
          + "(?:\\s*(?:[\u2013\u2014:,-]|\\()\\s*([^()]{1,40}?)\\)?)?$");
  private static final Set<String> DEPARTMENTS = Set.of(
      "company", "leadership", "executive", "executives", "exec", "engineering", "eng", "sales", "marketing",
      "finance", "people", "hr", "people & culture", "people and culture", "legal", "support", "customer support",
      "customer success", "cs", "product", "design", "product & design", "operations", "ops", "security", "it",
      "data", "data science", "analytics", "platform", "infrastructure", "infra", "mobile", "web", "growth",
      "research", "partnerships", "partners", "recruiting", "talent", "revenue", "go-to-market", "gtm", "devrel",
      "community", "sre", "qa", "procurement", "facilities", "brand", "content", "backend", "frontend", "payments");

  private static final Pattern NOT_OKRS = Pattern.compile(
      "(?i)^(?:\\d+[.)]?\\s*)?(?:table of contents|contents|toc|definitions?|glossary|terms|how\\b|process|cadence|schedule|timeline|"
          + "calendar|scoring|grading|how we score|example|examples|good (?:and|vs\\.?|&) bad|bad (?:and|vs\\.?|&) good|"
          + "anti-?patterns?|retro|retrospective|lessons|learnings|what we learned|last (?:quarter|year|cycle|half)|"
          + "previous|prior|history|notes?|faq|background|intro|introduction|about|appendix|references?|resources|"
          + "links|template|guidelines?|principles|legend|changelog|change log|not in scope|out of scope|"
          + "non-?goals|what is|what are|why|dependencies|risks|context|status legend|reading this|"
          + "open questions|questions|parking lot|other activities|not okrs|out-of-scope|archive|results from|"
          + "review of|summary of|overview|purpose|rituals|meetings|contacts|owners|roles|not\\b|things we|"
          + "what we (?:are|will) not|guardrails|budget|remarks|comments|also on|on our radar|parked|backlog|ideas|"
          + "follow-?ups?|action items|decisions|sign-?off|approvals?|status|progress update|weekly update|"
          + "check-?ins?|agenda|minutes|okr process|our process|scoring guide|writing|what went|went well|next review|"
          + "review|rule of thumb|short version|tl;?dr|summary|last edit|edited|updated|note|nb|overall|"
          + "retro|approved)\\b.*");

  private static final Pattern TITLE = Pattern.compile("(?i)\\b(?:okrs?|goals|objectives|key results)\\b");

  /** Whether a line reads as a document's title: it names OKRs or goals and a period. */
  static boolean isTitle(String text) {
    return TITLE.matcher(text).find() && (QUARTER.matcher(text).find() || HALF.matcher(text).find()
        || YEAR.matcher(text).find());
  }

  private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
  private static final Pattern TRAILING_OKRS = Pattern.compile("(?i)\\s+okrs?$");
  private static final Pattern DASH = Pattern.compile("\\s+[\u2013\u2014-]\\s+");

  /** More words than a person's, team's or period's heading ever has: such text is neither. */
  private static final int LONGEST = 12;

  /** The section a heading's text (without the {@code #} markers) opens. */
  static Section of(String heading) {
    String text = ElementText.plain(heading).strip();
    if (text.isEmpty()) {
      return OTHER;
    }
    if (NOT_OKRS.matcher(text).matches()) {
      return new Section(Kind.NOT_OKRS, null, null);
    }
    if (Text.words(text) > LONGEST) {
      return OTHER;
    }
    Cycle cycle = cycle(text);
    boolean period = cycle != null || QUARTER.matcher(text).find() || HALF.matcher(text).find();
    String rest = period || YEAR.matcher(text).find() ? FILLER.matcher(text).replaceAll(" ").strip() : text;
    Owner owner = owner(text);
    if (owner == null && period && !rest.isEmpty() && Text.words(rest) <= 3) {
      owner = owner(rest);
    }
    if (period && (rest.isEmpty() || Text.words(rest) <= 3)) {
      return new Section(Kind.PERIOD, owner, cycle);
    }
    if (owner != null) {
      return new Section(Kind.OWNER, owner, cycle);
    }
    if (YEAR.matcher(text).find() && rest.isEmpty()) {
      return new Section(Kind.PERIOD, null, cycle);
    }
    return OTHER;
  }

  /**
   * The owner of this kind named {@code name}, or null when the name shows nothing by the model's
   * rule for names (only spaces of any kind, no-break ones included, or invisible characters): no
   * owner is named then.
   */
  static @Nullable Owner named(Owner.Kind kind, String name) {
    try {
      return kind == Owner.Kind.TEAM ? Owner.team(name) : Owner.person(name);
    } catch (OkrValidationException e) {
      return null;
    }
  }

  /** The owner a heading or meta value names, or null. */
  static @Nullable Owner owner(String text) {
    String t = text.strip();
    String bare = TRAILING_OKRS.matcher(TRAILING_PARENTHESES.matcher(t).replaceAll("")).replaceAll("").strip();
    if (bare.isEmpty()) {
      return null;
    }
    if (DEPARTMENTS.contains(bare.toLowerCase(Locale.ROOT))) {
      return named(Owner.Kind.TEAM, bare);
    }
    Matcher m = TEAM_FIRST.matcher(bare);
    if (m.matches()) {
      return named(Owner.Kind.TEAM, m.group(1).strip());
    }
    m = TEAM_LAST.matcher(bare);
    if (m.matches() && Text.words(m.group(1)) <= 4) {
      return named(Owner.Kind.TEAM, m.group(1).strip());
    }
    String[] dash = DASH.split(bare, 2);
    if (dash.length == 2 && DEPARTMENTS.contains(dash[1].strip().toLowerCase(Locale.ROOT))) {
      // "CEO — Company"
      Owner role = owner(dash[0]);
      if (role != null) {
        return role;
      }
    }
    m = ROLE.matcher(t);
    if (m.matches()) {
      String name = m.group(2);
      return named(Owner.Kind.PERSON, name != null && !name.isBlank() && !name.contains(":") ? name.strip() : m.group(1).strip());
    }
    m = ROLE.matcher(bare);
    if (m.matches()) {
      return named(Owner.Kind.PERSON, m.group(1).strip());
    }
    return null;
  }

  /** The calendar cycle a text names, or null: {@code 2026 Q3}, {@code Q1 2020}, {@code H2 2026}, {@code 2026}. */
  static @Nullable Cycle cycle(String text) {
    Matcher m = QUARTER.matcher(text);
    if (m.find()) {
      if (m.group(5) != null || m.group(6) != null) {
        return null;
      }
      int q = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
      int y = year(m.group(1) != null ? m.group(2) : m.group(3));
      return y < 1000 ? null : Cycle.quarter(y, q);
    }
    m = HALF.matcher(text);
    if (m.find()) {
      int h = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
      int y = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
      return Cycle.of(LocalDate.of(y, h == 1 ? 1 : 7, 1), LocalDate.of(y, h == 1 ? 6 : 12, h == 1 ? 30 : 31));
    }
    m = YEAR.matcher(text);
    if (m.find() && !m.group().toLowerCase(Locale.ROOT).startsWith("fy")) {
      return Cycle.year(Integer.parseInt(m.group(1)));
    }
    return null;
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + y : y;
  }
}
