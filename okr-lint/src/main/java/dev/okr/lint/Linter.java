package dev.okr.lint;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.OkrValidationException;
import dev.okr.core.Owner;
import dev.okr.core.SourcePosition;
import dev.okr.core.outline.UnplacedLine;
import dev.okr.core.statement.StatementKind;
import dev.okr.lint.rules.BuiltInRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs lint rules over OKR documents. A linter is immutable and thread-safe: build it once (rules,
 * configuration) and call {@link #lint} from any thread. It keeps the statements and titles it has
 * read, and what rules computed from them alone (a few thousand at most), so that linting a document again after a small edit, as an editor
 * does, reads only what changed.
 *
 * <pre>{@code
 * LintReport report = Linter.withDefaults().lint(okrSet);
 * }</pre>
 */
public final class Linter {
  private static final Objective STANDALONE = Objective.builder().id("objective").title("(statement)").build();
  private static final OkrSet STANDALONE_SET = OkrSet.of(List.of());

  private final LintConfig config;
  private final TextCache texts;
  private final List<Slot> keyResultSlots;
  private final Clock clock;
  private final List<Slot> slots;
  private final List<RuleMetadata> metadata;
  private final Map<String, String> documentation;
  /** A report with this linter's rules and no findings, to copy with each lint's findings. */
  private final ImmutableLintReport emptyReport;
  /** The ids of the rules and of the engine's diagnostics: what configurations and suppressions may name. */
  private final Set<String> knownIds;
  private final @Nullable Origin invalidSuppression;
  private final @Nullable Origin unusedSuppression;

  private Linter(Builder b) {
    this.config = b.config;
    this.texts = new TextCache(StatementVocabulary.parser(b.config.vocabulary()), b.keepTexts);
    this.clock = b.clock;
    List<LintRule> all = new ArrayList<>(b.rules == null ? BuiltInRules.all() : b.rules);
    if (b.discover) {
      (b.loader == null ? ServiceLoader.load(LintRule.class) : ServiceLoader.load(LintRule.class, b.loader)).forEach(all::add);
    }
    all.addAll(b.extra);
    Map<String, LintRule> byId = new TreeMap<>();
    for (LintRule rule : all) {
      LintRule earlier = byId.putIfAbsent(rule.metadata().id(), rule);
      if (earlier != null && earlier.getClass() != rule.getClass()) {
        throw new IllegalArgumentException("two rules share the id " + rule.metadata().id() + ": "
            + earlier.getClass().getName() + " and " + rule.getClass().getName());
      }
    }
    Set<String> known = new java.util.TreeSet<>(byId.keySet());
    for (EngineDiagnostic d : EngineDiagnostic.values()) {
      if (byId.containsKey(d.id())) {
        throw new IllegalArgumentException("the rule " + byId.get(d.id()).getClass().getName() + " has the id of the engine's diagnostic " + d.id());
      }
      known.add(d.id());
    }
    this.knownIds = java.util.Collections.unmodifiableSet(known);
    for (String id : config.disabledRules()) {
      requireKnown(id);
    }
    for (String id : config.severities().keySet()) {
      requireKnown(id);
    }
    List<Slot> slots = new ArrayList<>();
    List<RuleMetadata> metadata = new ArrayList<>();
    Map<String, String> docs = new LinkedHashMap<>();
    for (LintRule rule : byId.values()) {
      RuleMetadata m = rule.metadata();
      if (config.isEnabled(m.id())) {
        slots.add(new Slot(rule, m, config.severityOf(m)));
        metadata.add(m);
        rule.documentation().ifPresent(d -> docs.put(m.id(), d));
      }
    }
    this.slots = List.copyOf(slots);
    this.keyResultSlots = slots.stream().filter(x -> x.keyResult != null).toList();
    this.metadata = ImmutableList.copyOf(metadata);
    this.documentation = ImmutableMap.copyOf(docs);
    this.emptyReport = (ImmutableLintReport) LintReport.builder().rules(this.metadata).ruleDocumentation(this.documentation).build();
    this.invalidSuppression = originOf(EngineDiagnostic.INVALID_SUPPRESSION);
    this.unusedSuppression = originOf(EngineDiagnostic.UNUSED_SUPPRESSION);
  }

  private @Nullable Origin originOf(EngineDiagnostic d) {
    return config.isEnabled(d.id())
        ? new Origin(d.id(), d.category(), config.severities().getOrDefault(d.id(), d.defaultSeverity()), null)
        : null;
  }

  private void requireKnown(String id) {
    if (!knownIds.contains(id)) {
      throw new LintConfigException("rules." + id, id, 0, "names no rule this linter knows; known: "
          + String.join(", ", knownIds.stream().sorted().toList()));
    }
  }

  /** A linter with the built-in rules, the rules found by {@link ServiceLoader}, and the default configuration. */
  public static Linter withDefaults() {
    return builder().build();
  }

  /** A linter with the built-in and discovered rules under this configuration. */
  public static Linter of(LintConfig config) {
    return builder().config(config).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The configuration in force. */
  public LintConfig config() {
    return config;
  }

  /** The rules that run, sorted by id; the engine's own {@link EngineDiagnostic}s are not rules. */
  public List<RuleMetadata> rules() {
    return metadata;
  }

  /** Lints an OKR set held in memory. */
  public LintReport lint(OkrSet set) {
    return lint(Document.of(set));
  }

  /** Lints several documents into one report, in the order given. */
  public LintReport lintAll(Collection<Document> documents) {
    List<LintReport> reports = new ArrayList<>();
    for (Document d : documents) {
      reports.add(lint(d));
    }
    return LintReport.merge(reports);
  }

  /**
   * Lints one key-result statement as a user types it: only the key-result rules run, on a key
   * result with no cycle, owner or check-ins. The key result stands alone: its objective is a
   * placeholder ({@code "(statement)"}, without key results) and the set is empty. A statement the
   * model rejects as blank has no findings.
   */
  public LintReport lintStatement(String statement) {
    KeyResult kr;
    try {
      kr = KeyResult.of("kr", statement);
    } catch (OkrValidationException blank) {
      return report(List.of()); // nothing the model accepts as a statement has been typed yet
    }
    LintRun run = new LintRun(STANDALONE_SET, config, asOf(), Optional.empty(), texts, false, Optional.empty());
    ObjectiveScope os = new ObjectiveScope(run, STANDALONE, 0, 1);
    KeyResultScope ks = new KeyResultScope(run, kr, os, 0, 2);
    os.attach(List.of(ks), List.of());
    Collector out = new Collector();
    for (Slot slot : keyResultSlots) {
      out.slot = slot;
      if (!slot.skips(ks)) {
        slot.keyResult.check(ks, out);
      }
    }
    return report(out.pending.isEmpty() ? List.of() : finish(run, out.pending, List.of()));
  }

  /**
   * Lints a document: every rule over its elements, then, for an outline, the lines its reader did
   * not place ({@link Document#unplaced()}): each is checked by the {@link LintRule.UnplacedLineRule}s
   * ({@code outline-unplaced} reports every one), and one that reads as a key-result statement is
   * also checked by the key-result rules of category {@link Category#STATEMENT}. A key result whose statement is not in English ({@link
   * StatementKind#UNREADABLE}) is reported by {@code kr-unreadable} alone: the other key-result rules
   * of category {@link Category#STATEMENT}, yours included, do not check what was not read. Findings
   * come in document order.
   */
  public LintReport lint(Document document) {
    LintRun run = new LintRun(document.set(), config, asOf(), document.file(), texts, document.outlineText().isPresent(),
        document.outlineText().or(document::fileText));
    DocumentScope doc = new DocumentScope(run);
    List<Scope> elements = new ArrayList<>();
    List<ObjectiveScope> objectives = new ArrayList<>();
    List<KeyResultScope> keyResults = new ArrayList<>();
    List<InitiativeScope> initiatives = new ArrayList<>();
    Map<List<String>, List<ObjectiveScope>> teams = new LinkedHashMap<>();
    Map<List<String>, TeamKey> teamKeys = new HashMap<>();
    int order = 1;
    List<Objective> os = document.set().objectives();
    for (int i = 0; i < os.size(); i++) {
      Objective o = os.get(i);
      ObjectiveScope scope = new ObjectiveScope(run, o, i, order++);
      elements.add(scope);
      objectives.add(scope);
      List<KeyResultScope> krs = new ArrayList<>();
      for (int k = 0; k < o.keyResults().size(); k++) {
        KeyResultScope ks = new KeyResultScope(run, o.keyResults().get(k), scope, k, order++);
        krs.add(ks);
        elements.add(ks);
      }
      List<InitiativeScope> ins = new ArrayList<>();
      for (int n = 0; n < o.initiatives().size(); n++) {
        Initiative in = o.initiatives().get(n);
        InitiativeScope is = new InitiativeScope(run, in, scope, n, order++);
        ins.add(is);
        elements.add(is);
      }
      scope.attach(krs, ins);
      keyResults.addAll(krs);
      initiatives.addAll(ins);
      List<String> key = List.of(o.owner().map(Owner::toString).orElse(""), o.cycle().map(Cycle::toString).orElse(""));
      teams.computeIfAbsent(key, x -> new ArrayList<>()).add(scope);
      teamKeys.putIfAbsent(key, new TeamKey(o.owner(), o.cycle()));
    }
    List<TeamScope> teamScopes = new ArrayList<>();
    teams.forEach((key, list) -> teamScopes.add(new TeamScope(teamKeys.get(key).owner(), teamKeys.get(key).cycle(), list)));
    doc.attach(objectives, teamScopes, keyResults);
    List<UnplacedScope> unplaced = unplaced(run, document.unplaced());
    List<KeyResultScope> loose = new ArrayList<>();
    if (!unplaced.isEmpty()) {
      for (UnplacedScope u : unplaced) {
        u.keyResult().ifPresent(loose::add);
      }
      placeInLineOrder(elements, unplaced);
    }

    Collector out = new Collector();
    for (Slot slot : slots) {
      out.slot = slot;
      if (slot.document != null) {
        slot.document.check(doc, out);
      }
      if (slot.team != null) {
        for (TeamScope t : teamScopes) {
          slot.team.check(t, out);
        }
      }
      if (slot.objective != null) {
        for (ObjectiveScope o : objectives) {
          slot.objective.check(o, out);
        }
      }
      if (slot.keyResult != null) {
        for (KeyResultScope k : keyResults) {
          if (!slot.skips(k)) {
            slot.keyResult.check(k, out);
          }
        }
      }
      if (slot.initiative != null) {
        for (InitiativeScope n : initiatives) {
          slot.initiative.check(n, out);
        }
      }
      if (slot.keyResult != null && slot.meta.category() == Category.STATEMENT) {
        for (KeyResultScope k : loose) {
          if (!slot.skips(k)) {
            slot.keyResult.check(k, out);
          }
        }
      }
      if (slot.unplacedLine != null) {
        for (UnplacedScope u : unplaced) {
          slot.unplacedLine.check(u, out);
        }
      }
    }
    List<Written> suppressions = new ArrayList<>();
    for (Scope s : elements) {
      for (String text : s.suppressionTexts()) {
        suppressions.add(new Written(s, text, s.source().orElse(null)));
      }
    }
    document.outlineText().ifPresent(text -> readOutlineComments(text, elements, doc, suppressions));
    return report(finish(run, out.pending, suppressions));
  }

  /**
   * The scopes of an outline's unplaced lines, each with a loose key result under a placeholder
   * objective when it reads as a key-result statement.
   */
  private static List<UnplacedScope> unplaced(LintRun run, List<UnplacedLine> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    ObjectiveScope placeholder = new ObjectiveScope(run, STANDALONE, 0, 0);
    List<KeyResultScope> loose = new ArrayList<>();
    List<UnplacedScope> scopes = new ArrayList<>(lines.size());
    for (UnplacedLine line : lines) {
      UnplacedLines.Content c = UnplacedLines.content(line.text());
      KeyResultScope at = null;
      if (c.readsAsKeyResult()) {
        KeyResult kr = KeyResult.builder()
            .id("line-" + line.line())
            .statement(c.text())
            .source(SourcePosition.of(line.line(), line.column() + c.offset()))
            .build();
        KeyResultScope k = new KeyResultScope(run, kr, placeholder, loose.size());
        loose.add(k);
        at = k;
      }
      scopes.add(new UnplacedScope(run, line, c.text(), at));
    }
    placeholder.attach(loose, List.of());
    return scopes;
  }

  /**
   * Puts the unplaced lines among the elements by line number and renumbers every scope in that
   * order, so that findings follow the file.
   */
  private static void placeInLineOrder(List<Scope> elements, List<UnplacedScope> unplaced) {
    List<Scope> lines = new ArrayList<>(unplaced.size());
    unplaced.stream().sorted(Comparator.comparingInt((UnplacedScope u) -> u.source().orElseThrow().line()))
        .forEach(u -> lines.add(u.element()));
    List<Scope> all = new ArrayList<>(elements.size() + lines.size());
    int next = 0;
    for (Scope e : elements) {
      int line = e.source().map(SourcePosition::line).orElse(0);
      while (line > 0 && next < lines.size() && lines.get(next).source().orElseThrow().line() < line) {
        all.add(lines.get(next++));
      }
      all.add(e);
    }
    all.addAll(lines.subList(next, lines.size()));
    for (int i = 0; i < all.size(); i++) {
      all.get(i).reorder(i + 1);
    }
    elements.clear();
    elements.addAll(all);
  }

  private static void readOutlineComments(String text, List<Scope> elements, DocumentScope doc, List<Written> into) {
    Map<Integer, Scope> byLine = new HashMap<>();
    for (Scope s : elements) {
      s.source().ifPresent(p -> byLine.putIfAbsent(p.line(), s));
    }
    for (OutlineSuppressions.Comment c : OutlineSuppressions.scan(text)) {
      Scope at = c.nextContentLine == 0 ? null : byLine.get(c.nextContentLine);
      into.add(new Written(at == null ? doc : at, c.text, SourcePosition.of(c.line, c.column)));
    }
  }

  private LocalDate asOf() {
    return config.asOf().orElseGet(() -> LocalDate.now(clock));
  }

  private LintReport report(List<Finding> findings) {
    // The rules and their documentation are the same in every report: copy them once, not per lint.
    // As an Iterable, the findings go to the generated copy, which keeps the other attributes as
    // they are; LintReport.withFindings(List) would rebuild them through a builder.
    Iterable<Finding> found = findings;
    return emptyReport.withFindings(found);
  }

  private List<Finding> finish(LintRun run, List<Pending> pending, List<Written> written) {
    List<Pending> kept = new ArrayList<>(pending.size());
    Map<Scope, Set<String>> fired = new IdentityHashMap<>();
    for (Pending p : pending) {
      if (p.draft().confidence >= config.minConfidence()) {
        kept.add(p);
        fired.computeIfAbsent(p.draft().at, x -> new HashSet<>(4)).add(p.origin().id());
      }
    }
    // A rule superseded by another that reported the same element says nothing there.
    kept.removeIf(p -> p.origin().supersededBy() != null
        && fired.getOrDefault(p.draft().at, Set.of()).contains(p.origin().supersededBy()));
    List<Active> valid = new ArrayList<>();
    for (Written w : written) {
      StringBuilder error = new StringBuilder();
      Optional<Suppression> parsed = Suppression.parse(w.text(), error);
      if (parsed.isPresent()) {
        for (String id : parsed.get().ruleIds()) {
          if (!knownIds.contains(id)) {
            error.append("names no known rule: ").append(id);
            break;
          }
        }
      }
      if (w.at() instanceof DocumentScope && error.length() == 0) {
        error.append("applies to no element: put it on an element's line or the line before");
      }
      if (error.length() > 0) {
        if (invalidSuppression != null) {
          FindingDraft d = new FindingDraft(w.at(), "Suppression \"" + w.text() + "\" is not used: " + error);
          kept.add(new Pending(invalidSuppression, d, w.position(), false));
        }
      } else {
        valid.add(new Active(w, parsed.get()));
      }
    }
    List<Ranked> findings = new ArrayList<>(kept.size());
    for (Pending p : kept) {
      Finding.Builder f = build(run, p);
      boolean suppressed = false;
      for (Active a : valid) {
        if (a.written().at() == p.draft().at && a.suppression().ruleIds().contains(p.origin().id())) {
          a.used().add(p.origin().id());
          f.status(Finding.Status.SUPPRESSED).justification(a.suppression().reason());
          suppressed = true;
          break;
        }
      }
      if (run.fixes != null) {
        addFixes(run.fixes, p, suppressed, f);
      }
      findings.add(new Ranked(p, f.build()));
    }
    if (unusedSuppression != null) {
      for (Active a : valid) {
        for (String id : a.suppression().ruleIds()) {
          if (!a.used().contains(id) && config.isEnabled(id)) {
            FindingDraft d = new FindingDraft(a.written().at(),
                "Suppression of " + id + " silences nothing here; remove it");
            Pending p = new Pending(unusedSuppression, d, a.written().position(), false);
            Finding.Builder f = build(run, p);
            Fix removal = run.fixes == null || a.suppression().ruleIds().size() > 1 ? null : run.fixes.removeComment(a.written().position());
            if (removal != null) {
              f.addFixes(removal);
            }
            findings.add(new Ranked(p, f.build()));
          }
        }
      }
    }
    findings.sort(Ranked.ORDER);
    List<Finding> sorted = new ArrayList<>(findings.size());
    for (Ranked r : findings) {
      sorted.add(r.finding);
    }
    return sorted;
  }

  /**
   * The fixes of a finding of a rule or of the engine: the rule's own edits that can be made, then,
   * unless it is suppressed or the engine's, a suppression of its rule on its element.
   */
  private void addFixes(Fixes fixes, Pending p, boolean suppressed, Finding.Builder f) {
    Scope at = p.draft().at;
    for (FindingDraft.Proposed proposed : p.draft().fixes) {
      Fix fix = fixes.of(at, proposed.title(), proposed.edit());
      if (fix != null) {
        f.addFixes(fix);
      }
    }
    if (!suppressed && p.origin() != invalidSuppression && p.origin() != unusedSuppression) {
      Fix fix = fixes.suppression(at, p.origin().id(), p.atLine() ? p.position() : null);
      if (fix != null) {
        f.addFixes(fix);
      }
    }
  }

  /** A finding with its place in document order: element, then span, then rule id. */
  private static final class Ranked {
    static final Comparator<Ranked> ORDER = Comparator
        .comparingInt((Ranked r) -> r.order)
        .thenComparingInt(r -> r.spanStart)
        .thenComparing(r -> r.finding.ruleId());

    final int order;
    final int spanStart;
    final Finding finding;

    Ranked(Pending p, Finding finding) {
      this.order = p.draft().at.order();
      // A finding at an unplaced line comes before what the rules found in its text.
      this.spanStart = p.atLine() ? -2 : p.draft().span == null ? -1 : p.draft().span.start();
      this.finding = finding;
    }
  }

  private static Finding.Builder build(LintRun run, Pending p) {
    FindingDraft d = p.draft();
    Scope at = d.at;
    Origin o = p.origin();
    Finding.Builder f = Finding.builder()
        .ruleId(o.id())
        .severity(o.severity())
        .category(o.category())
        .message(d.message)
        .path(at.path())
        .elementId(at.elementId())
        .text(at.text())
        .file(run.file)
        .confidence(d.confidence)
        .fingerprint(Fingerprints.of(o.id(), at))
        .suggestion(Optional.ofNullable(d.suggestion))
        .span(Optional.ofNullable(d.span));
    SourcePosition position = p.position() != null ? p.position() : positionOf(at, d.span, run.positionsAtText);
    if (position != null) {
      f.position(position);
      if (run.codePointColumns != null) {
        f.codePointColumn(run.codePointColumns.codePointColumn(position.line(), position.column()));
      }
    }
    return f;
  }

  /**
   * The element's position; in an outline, where it marks the first character of the element's
   * text, moved to the span's first character when the text is on one line.
   */
  private static @Nullable SourcePosition positionOf(Scope at, @Nullable TextSpan span, boolean atText) {
    SourcePosition p = at.source().orElse(null);
    if (p == null || span == null || !atText || at.text().indexOf('\n') >= 0) {
      return p;
    }
    return SourcePosition.of(p.line(), p.column() + span.start());
  }

  /** Where findings come from: a rule, or one of the engine's diagnostics. */
  private record Origin(String id, Category category, Severity severity, @Nullable String supersededBy) {}

  /** A rule with what the engine needs to call it fast: the element types it checks. */
  private static final class Slot {
    final RuleMetadata meta;
    final Origin origin;
    final LintRule.@Nullable DocumentRule document;
    final LintRule.@Nullable TeamRule team;
    final LintRule.@Nullable ObjectiveRule objective;
    final LintRule.@Nullable KeyResultRule keyResult;
    final LintRule.@Nullable InitiativeRule initiative;
    final LintRule.@Nullable UnplacedLineRule unplacedLine;
    /** Whether it judges the wording of statements, which an unreadable one is not checked by. */
    final boolean statementRule;

    /** The rule that reports the statements the reader could not read. */
    static final String KR_UNREADABLE = "kr-unreadable";

    Slot(LintRule rule, RuleMetadata meta, Severity severity) {
      this.meta = meta;
      this.origin = new Origin(meta.id(), meta.category(), severity, meta.supersededBy().orElse(null));
      this.document = rule instanceof LintRule.DocumentRule r ? r : null;
      this.team = rule instanceof LintRule.TeamRule r ? r : null;
      this.objective = rule instanceof LintRule.ObjectiveRule r ? r : null;
      this.keyResult = rule instanceof LintRule.KeyResultRule r ? r : null;
      this.initiative = rule instanceof LintRule.InitiativeRule r ? r : null;
      this.unplacedLine = rule instanceof LintRule.UnplacedLineRule r ? r : null;
      this.statementRule = meta.category() == Category.STATEMENT && !meta.id().equals(KR_UNREADABLE);
    }

    /**
     * Whether the rule judges statement wording and the key result's statement was not read
     * ({@link StatementKind#UNREADABLE}): only {@value #KR_UNREADABLE} reports it, so that no rule
     * judges what was not read.
     */
    boolean skips(KeyResultScope k) {
      return statementRule && k.statement().kind() == StatementKind.UNREADABLE;
    }
  }

  private record TeamKey(Optional<Owner> owner, Optional<Cycle> cycle) {}

  /**
   * A finding before the configuration, suppressions and supersession apply; {@code position}
   * overrides the element's, and {@code atLine} marks one reported at an unplaced line.
   */
  private record Pending(Origin origin, FindingDraft draft, @Nullable SourcePosition position, boolean atLine) {}

  private record Written(Scope at, String text, @Nullable SourcePosition position) {}

  /** A valid suppression and the rule ids it has silenced so far. */
  private record Active(Written written, Suppression suppression, Set<String> used) {
    Active(Written written, Suppression suppression) {
      this(written, suppression, new HashSet<>());
    }
  }

  /** The reporter handed to rules: collects drafts for the rule being run. */
  private static final class Collector implements Reporter {
    final List<Pending> pending = new ArrayList<>();
    @Nullable Slot slot;

    @Override
    public FindingDraft report(Scope at, String message) {
      Origin origin = java.util.Objects.requireNonNull(slot).origin;
      if (at instanceof UnplacedScope line) {
        // at the line's start, on the element the line's suppressions apply to
        FindingDraft d = new FindingDraft(line.element(), message);
        pending.add(new Pending(origin, d, line.source().orElseThrow(), true));
        return d;
      }
      FindingDraft d = new FindingDraft(at, message);
      pending.add(new Pending(origin, d, null, false));
      return d;
    }
  }

  /** Builds a {@link Linter}. */
  public static final class Builder {
    private LintConfig config = LintConfig.defaults();
    private Clock clock = Clock.systemDefaultZone();
    private @Nullable List<LintRule> rules;
    private final List<LintRule> extra = new ArrayList<>();
    private boolean discover = true;
    private @Nullable ClassLoader loader;
    private boolean keepTexts;

    private Builder() {}

    /**
     * Whether the linter keeps what it computed from a text alone (the statements it read, the
     * values rules memoise by text) across lint calls, up to 4,096 texts of each kind: worth it when
     * the same document is linted again after small edits, as an editor does; false unless set.
     */
    public Builder keepTexts(boolean keep) {
      this.keepTexts = keep;
      return this;
    }

    /** The configuration; the defaults unless set. */
    public Builder config(LintConfig config) {
      this.config = java.util.Objects.requireNonNull(config, "config");
      return this;
    }

    /** The clock that gives the date when the configuration has no {@code asOf}; the system's unless set. */
    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Replaces the built-in rules with these (discovered and added rules still join them). */
    public Builder rules(Collection<? extends LintRule> rules) {
      this.rules = List.copyOf(rules);
      return this;
    }

    /** Adds a rule to the built-in ones, e.g. a team's own check. */
    public Builder addRule(LintRule rule) {
      this.extra.add(java.util.Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Whether to add the rules found by {@link ServiceLoader}; true unless set. */
    public Builder discoverRules(boolean discover) {
      this.discover = discover;
      return this;
    }

    /** The class loader that {@link ServiceLoader} searches; the thread's context loader unless set. */
    public Builder classLoader(ClassLoader loader) {
      this.loader = loader;
      return this;
    }

    /**
     * Builds the linter.
     *
     * @throws LintConfigException if the configuration names a rule the linter does not know
     * @throws IllegalArgumentException if two different rules share an id
     */
    public Linter build() {
      return new Linter(this);
    }
  }
}
