package dev.okr.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of okr's value types, put on each package of the library's modules:
 * package-private implementations behind public interfaces with a nested {@code Builder}, {@code
 * with*} copies, singular adders for lists ({@code addCheckIn}), and a builder that throws {@link
 * OkrValidationException} naming the required fields never set. Applications do not need it; it
 * is public so that okr's other modules share it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    depluralizeDictionary = {"checkIn:checkIns", "keyResult:keyResults", "keyResultId:keyResultIds"},
    get = {"is*", "get*"},
    throwForInvalidImmutableState = OkrValidationException.class)
public @interface OkrStyle {}
