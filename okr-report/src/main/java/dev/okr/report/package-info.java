/**
 * The HTML report of graded OKR documents: {@link dev.okr.report.ReportDocument} holds what is shown
 * (scores as the grading rounds them, lint findings, portfolio figures) and {@link
 * dev.okr.report.HtmlReport} writes it as one page with no script and no remote resource.
 */
@NullMarked
package dev.okr.report;

import org.jspecify.annotations.NullMarked;
