/**
 * QuickTheories generators and AssertJ assertions for the OKR model.
 *
 * <p>Every generator yields values that are valid by construction; the tests of okr's own modules
 * and of applications built on it share them.
 */
@NullMarked
package dev.okr.testkit;

import org.jspecify.annotations.NullMarked;
