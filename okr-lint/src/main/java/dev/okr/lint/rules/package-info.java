/**
 * The built-in rules, one class per rule, listed in one sorted registry: {@link
 * dev.okr.lint.rules.BuiltInRules}. Each rule's page of explanation is {@code docs/<id>.md} beside
 * these classes.
 */
@NullMarked
package dev.okr.lint.rules;

import org.jspecify.annotations.NullMarked;
