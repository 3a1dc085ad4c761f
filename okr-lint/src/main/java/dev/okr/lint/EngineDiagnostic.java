package dev.okr.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What the linter reports about the suppressions written in a document, as opposed to what a
 * {@link LintRule} finds in the OKRs. They are not rules: no rule class produces them, {@link
 * Linter#rules()} does not list them, and {@link LintReport#rules()} describes rules only. They come
 * out as findings all the same, with their own id in {@link Finding#ruleId()} and category {@link
 * Category#SUPPRESSION}, in text, JSON and SARIF (which describes them beside the rules), and the
 * configuration turns one off or changes its severity by its id, as for a rule. Each has a page in
 * {@code okr-lint/docs/diagnostics/}.
 */
public enum EngineDiagnostic {
  /**
   * A suppression that cannot be honoured: no reason, no rule, a rule the linter does not know, or
   * a Markdown comment that sits next to no element. The finding it meant to silence stays.
   */
  INVALID_SUPPRESSION("invalid-suppression",
      "A suppression without a reason, naming an unknown rule, or attached to no element",
      "Suppression \"{suppression}\" is not used: {what is wrong with it}"),
  /**
   * A suppression of an enabled rule that silenced nothing on its element: the defect it excused
   * is gone, so the suppression should go too.
   */
  UNUSED_SUPPRESSION("unused-suppression", "A suppression that silences no finding",
      "Suppression of {rule id} silences nothing here; remove it");

  private final String id;
  private final String summary;
  private final List<String> messages;

  EngineDiagnostic(String id, String summary, String... messages) {
    this.id = id;
    this.summary = summary;
    this.messages = List.of(messages);
  }

  /** The stable kebab-case id, as findings and the configuration name it. */
  public String id() {
    return id;
  }

  /** One line that says what it reports. */
  public String summary() {
    return summary;
  }

  /**
   * The messages its findings carry, as templates: the words in braces stand for what varies, as in
   * {@link RuleMetadata#messages()}.
   */
  public List<String> messages() {
    return messages;
  }

  /** Whether a finding's message is one of {@link #messages()}. */
  public boolean matchesMessage(String message) {
    return MessageTemplates.matches(messages, message);
  }

  /** Always {@link Category#SUPPRESSION}. */
  public Category category() {
    return Category.SUPPRESSION;
  }

  /** The severity of its findings unless configured otherwise: {@link Severity#WARNING}. */
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  /** Its page in Markdown, {@code okr-lint/docs/diagnostics/<id>.md}, as shipped in the jar. */
  public Optional<String> documentation() {
    try (InputStream in = EngineDiagnostic.class.getResourceAsStream("docs/diagnostics/" + id + ".md")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diagnostic with this id, if one has it. */
  public static Optional<EngineDiagnostic> of(String id) {
    for (EngineDiagnostic d : values()) {
      if (d.id.equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
