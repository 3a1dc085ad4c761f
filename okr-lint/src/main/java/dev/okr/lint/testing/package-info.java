/**
 * Testing lint rules, for the authors of rules, built-in or not: {@link
 * dev.okr.lint.testing.RuleFixture} lints small documents written in the test, with the findings
 * expected written in the document itself, and fails with an {@link AssertionError} that shows
 * expected against actual findings line by line. It needs no test framework:
 *
 * <pre>{@code
 * RuleFixture.of(new CodenameRule()).expectOutline("""
 *     ## Objective: Make Fieldnote dependable without a connection
 *     - KR: Increase Falcon adoption from 10% to 40% of teams <!-- expect: acme-kr-codename -->
 *     - KR: Increase the share of teams that edit offline from 10% to 40%
 *     """);
 * }</pre>
 */
@OkrStyle
@NullMarked
package dev.okr.lint.testing;

import dev.okr.core.OkrStyle;
import org.jspecify.annotations.NullMarked;
