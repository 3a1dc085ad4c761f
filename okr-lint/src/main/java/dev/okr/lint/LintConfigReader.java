package dev.okr.lint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads {@code .okrlint.yaml} strictly: an unknown key or a bad value names its path and line. */
final class LintConfigReader {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> TOP = List.of("minConfidence", "asOf", "rules", "thresholds", "vocabulary");
  private static final List<String> VOCABULARY = List.of("outputVerbs", "outcomeMetrics", "vanityMetrics", "vagueVerbs");

  private final Map<String, Integer> lines = new HashMap<>();

  private LintConfigReader() {}

  static LintConfig read(String yaml) {
    LintConfigReader reader = new LintConfigReader();
    JsonNode root;
    try (JsonParser p = YAML.createParser(yaml)) {
      JsonToken first = p.nextToken();
      root = first == null ? NODES.objectNode() : reader.value(p, "");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new LintConfigException("", null, line, "is not valid YAML: " + dev.okr.core.io.OkrReader.oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reader.interpret(root);
  }

  private JsonNode value(JsonParser p, String path) throws IOException {
    lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        ObjectNode node = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = path.isEmpty() ? name : path + "." + name;
          lines.put(child, p.currentTokenLocation().getLineNr());
          p.nextToken();
          node.set(name, value(p, child));
        }
        return node;
      }
      case START_ARRAY: {
        ArrayNode node = NODES.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          node.add(value(p, path + "[" + i++ + "]"));
        }
        return node;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      default:
        return NODES.nullNode();
    }
  }

  private LintConfig interpret(JsonNode root) {
    requireObject(root, "");
    LintConfig.Builder config = LintConfig.builder();
    checkKeys(root, "", TOP);
    JsonNode minConfidence = root.get("minConfidence");
    if (minConfidence != null) {
      double v = number(minConfidence, "minConfidence");
      if (!(v >= 0 && v <= 1)) {
        throw fail("minConfidence", minConfidence, "must lie in [0, 1]");
      }
      config.minConfidence(v);
    }
    JsonNode asOf = root.get("asOf");
    if (asOf != null) {
      try {
        config.asOf(LocalDate.parse(asOf.asText()));
      } catch (DateTimeParseException e) {
        throw fail("asOf", asOf, "must be a date like 2026-08-15");
      }
    }
    JsonNode rules = root.get("rules");
    if (rules != null) {
      requireObject(rules, "rules");
      for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = "rules." + e.getKey();
        if (!RuleMetadata.ID.matcher(e.getKey()).matches()) {
          throw fail(path, NODES.textNode(e.getKey()), "is not a rule id (kebab-case, e.g. kr-task-like)");
        }
        JsonNode v = e.getValue();
        String text = v.isBoolean() ? (v.asBoolean() ? "on" : "off") : v.asText();
        if (text.equalsIgnoreCase("off")) {
          config.addDisabledRule(e.getKey());
        } else if (!text.equalsIgnoreCase("on")) {
          try {
            config.putSeverity(e.getKey(), Severity.fromId(text));
          } catch (LintConfigException ex) {
            throw fail(path, v, "must be one of: off, on, error, warning, info");
          }
        }
      }
    }
    JsonNode thresholds = root.get("thresholds");
    if (thresholds != null) {
      config.thresholds(thresholds(thresholds));
    }
    JsonNode vocabulary = root.get("vocabulary");
    if (vocabulary != null) {
      requireObject(vocabulary, "vocabulary");
      checkKeys(vocabulary, "vocabulary", VOCABULARY);
      Vocabulary.Builder words = Vocabulary.builder();
      words(vocabulary, "outputVerbs", words::addOutputVerb);
      words(vocabulary, "outcomeMetrics", words::addOutcomeMetric);
      words(vocabulary, "vanityMetrics", words::addVanityMetric);
      words(vocabulary, "vagueVerbs", words::addVagueVerb);
      config.vocabulary(words.build());
    }
    return config.build();
  }

  private Thresholds thresholds(JsonNode node) {
    requireObject(node, "thresholds");
    Map<String, Consumer<Integer>> setters = new java.util.LinkedHashMap<>();
    Thresholds.Builder b = Thresholds.builder();
    setters.put("minKeyResultsPerObjective", b::minKeyResultsPerObjective);
    setters.put("maxKeyResultsPerObjective", b::maxKeyResultsPerObjective);
    setters.put("maxObjectivesPerTeam", b::maxObjectivesPerTeam);
    setters.put("maxObjectivesPerTeamPerYear", b::maxObjectivesPerTeamPerYear);
    setters.put("maxKeyResultsPerTeam", b::maxKeyResultsPerTeam);
    setters.put("staleCheckInDays", b::staleCheckInDays);
    setters.put("checkInGraceDays", b::checkInGraceDays);
    checkKeys(node, "thresholds", List.copyOf(setters.keySet()));
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = "thresholds." + e.getKey();
      JsonNode v = e.getValue();
      if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > 10_000) {
        throw fail(path, v, "must be a whole number from 0 to 10000");
      }
      setters.get(e.getKey()).accept(v.asInt());
    }
    try {
      return b.build();
    } catch (LintConfigException e) {
      throw e.atLine(lines.getOrDefault(e.path(), 0));
    }
  }

  private void words(JsonNode vocabulary, String key, Consumer<String> add) {
    JsonNode list = vocabulary.get(key);
    if (list == null) {
      return;
    }
    String path = "vocabulary." + key;
    if (!list.isArray()) {
      throw fail(path, list, "must be a list of words, e.g. [demo, hand over]");
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode w = list.get(i);
      if (!w.isTextual() || w.asText().isBlank()) {
        throw fail(path + "[" + i + "]", w, "must be a non-blank word or phrase");
      }
      add.accept(w.asText().trim());
    }
  }

  private void checkKeys(JsonNode node, String path, List<String> accepted) {
    Set<String> known = Set.copyOf(accepted);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        String at = path.isEmpty() ? key : path + "." + key;
        throw fail(at, NODES.textNode(key), "is not a setting; expected one of: " + String.join(", ", accepted));
      }
    }
  }

  private void requireObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail(path.isEmpty() ? "(document)" : path, node, "must be a mapping of settings");
    }
  }

  private double number(JsonNode node, String path) {
    if (!node.isNumber()) {
      throw fail(path, node, "must be a number");
    }
    return node.asDouble();
  }

  private LintConfigException fail(String path, JsonNode value, String rule) {
    String shown = value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    // the document itself is shown as "(document)" and recorded under ""
    int line = lines.getOrDefault(path.equals("(document)") ? "" : path, 0);
    return new LintConfigException(path, shown, line, rule);
  }
}
