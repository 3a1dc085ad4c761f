package dev.okr.lint.rules;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.lint.Category;
import dev.okr.lint.DocumentScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.ObjectiveScope;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A team objective connected to no higher-level OKR, in a document that holds higher-level
 * OKRs. The document holds them when some objective has others aligned to it or cascaded from its
 * key results; such a parent without a parent of its own is top-level, and so are the other
 * objectives of its owner. Every other objective that is neither aligned nor a parent is reported.
 * A document without any alignment is not checked: it may be one team's OKRs on their own.
 */
@RuleInfo(
    id = "objective-unaligned",
    summary = "A team objective should align to a higher-level OKR",
    messages = "Objective is connected to no higher-level OKR; team OKRs should support the company's",
    category = Category.ALIGNMENT,
    severity = Severity.WARNING,
    productRule = "R9")
final class ObjectiveUnaligned implements LintRule.DocumentRule {
  @Override
  public void check(DocumentScope document, Reporter out) {
    OkrSet set = document.set();
    Set<String> parents = new HashSet<>();
    Set<Optional<Owner>> topOwners = new HashSet<>();
    for (Objective o : set.objectives()) {
      if (!set.childrenOf(o.id()).isEmpty()) {
        parents.add(o.id());
        if (o.alignment().isEmpty()) {
          topOwners.add(o.owner());
        }
      }
    }
    if (parents.isEmpty()) {
      return;
    }
    for (ObjectiveScope scope : document.objectives()) {
      Objective o = scope.objective();
      if (o.alignment().isEmpty() && !parents.contains(o.id()) && (o.owner().isEmpty() || !topOwners.contains(o.owner()))) {
        out.report(scope, "Objective is connected to no higher-level OKR; team OKRs should support the company's")
            .suggestion("Align it to the company objective it supports, or cascade it from a company key result");
      }
    }
  }
}
