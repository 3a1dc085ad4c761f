package dev.okr.report;

/** The page's stylesheet: inline (no remote load), a layout for laptops and phones, and one for print. */
final class Stylesheet {
  private Stylesheet() {}

  /** Text and strong lines. */
  static final String INK = "#1f2328";
  /** Axes, ticks and secondary text. */
  static final String MUTED = "#59636e";
  /** The empty part of a bar. */
  static final String TRACK = "#eaeef2";
  /** Check-in values. */
  static final String VALUES = "#0969da";

  /**
   * The presentation attributes of the shapes drawn once in the page's {@code <defs>} and used by
   * the charts: a browser matches no stylesheet rule inside a {@code <use>}'s copy, so they carry
   * their colours themselves.
   */
  static final String AXIS = " stroke=\"" + MUTED + "\"";
  static final String TICKS = " fill=\"" + MUTED + "\" font-size=\"10\"";
  static final String TARGET = " stroke=\"" + INK + "\" stroke-width=\"1.5\"";
  static final String PACE = " stroke=\"" + INK + "\" stroke-width=\"2\" stroke-dasharray=\"4 2\"";
  static final String TODAY = " stroke=\"" + MUTED + "\" stroke-dasharray=\"2 3\"";
  static final String TRACK_FILL = " fill=\"" + TRACK + "\"";
  static final String DOT = " fill=\"" + VALUES + "\"";

  static final String CSS = """
      :root { --green: #1a7f37; --yellow: #b7791f; --red: #c62828; --none: #8a8f98; --ink: %s; --muted: %s;
        --line: #d0d7de; --paper: #ffffff; --shade: #f6f8fa; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
        color: var(--ink); background: var(--shade); }
      header.page { padding: 16px 24px; background: var(--paper); border-bottom: 1px solid var(--line); }
      header.page h1 { margin: 0 0 4px; font-size: 1.5em; }
      main { max-width: 1100px; margin: 0 auto; padding: 8px 16px 32px; }
      h2 { margin: 24px 0 4px; } h3 { margin: 20px 0 8px; } h4 { margin: 0 0 4px; font-size: 1.05em; }
      h5 { margin: 0 0 4px; font-size: .85em; color: var(--muted); }
      .meta, .note, .legend { color: var(--muted); font-size: .9em; margin: 2px 0 8px; }
      .chip { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: .85em; }
      .chip.c-green, .badge.c-green { background: var(--green); } .chip.c-yellow, .badge.c-yellow { background: var(--yellow); }
      .chip.c-red, .badge.c-red { background: var(--red); } .badge.c-none { background: var(--none); }
      .legend-pace { font-weight: bold; }
      .badge { display: inline-block; min-width: 1.4em; text-align: center; border-radius: 50%%; color: #fff;
        font-weight: bold; margin-right: 4px; }
      .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; color: var(--muted); }
      .charts { display: flex; flex-wrap: wrap; gap: 16px; }
      figure { margin: 0; } figcaption { font-size: .85em; color: var(--muted); }
      .scroll { overflow-x: auto; } .scroll svg { max-width: none; }
      svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
      svg { max-width: 100%%; height: auto; font: 12px system-ui, sans-serif; }
      svg.progress { width: 200px; height: 22px; } svg.history { width: 320px; }
      svg .track { fill: %s; } svg .bar.c-green, svg .box.c-green { fill: var(--green); }
      svg .bar.c-yellow, svg .box.c-yellow { fill: var(--yellow); } svg .bar.c-red, svg .box.c-red { fill: var(--red); }
      svg .bar.c-none { fill: var(--none); } svg .box.c-none { fill: var(--none); }
      svg .box { fill-opacity: .14; stroke: var(--line); } svg .box.c-green, svg .box.c-yellow, svg .box.c-red { stroke-width: 1.5; }
      svg .box-text { fill: var(--ink); } svg .label, svg .value { fill: var(--ink); } svg .tick { fill: var(--muted); font-size: 10px; }
      svg .target { stroke: var(--ink); stroke-width: 1.5; }
      svg .values { fill: none; stroke: %s; stroke-width: 2; marker: url(#history-dot); }
      svg text.value { fill: var(--ink); }
      svg .forecast { stroke: #8250df; stroke-width: 2; stroke-dasharray: 6 3; } svg .band { fill: #8250df; fill-opacity: .15; }
      svg .link { fill: none; stroke: var(--muted); stroke-width: 1.5; } svg .link.cascade { stroke-dasharray: 5 3; }
      .objective { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 12px; background: var(--paper);
        border: 1px solid var(--line); border-left: 6px solid var(--none); border-radius: 6px; padding: 12px 14px; margin: 0 0 14px; }
      .objective.c-green { border-left-color: var(--green); } .objective.c-yellow { border-left-color: var(--yellow); }
      .objective.c-red { border-left-color: var(--red); }
      .score { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
      .words { font-size: .9em; }
      .krs { list-style: none; margin: 10px 0 0; padding: 0; }
      .kr { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 10px; border-top: 1px solid var(--line); padding: 8px 0; }
      .statement { margin: 0 0 4px; }
      .findings ul, .document-findings ul { margin: 0; padding-left: 18px; font-size: .85em; }
      .finding { margin-bottom: 4px; } .finding .sev { font-weight: bold; } .finding.error .sev { color: var(--red); }
      .finding.warning .sev { color: var(--yellow); } .finding.inactive { color: var(--muted); }
      .suggestion { color: var(--green); }
      aside.findings { background: #fff8c5; border: 1px solid #eac54f; border-radius: 6px; padding: 6px 8px; align-self: start;
        max-width: 300px; }
      .objective > aside.findings { grid-column: 2; grid-row: 1; }
      .objective > .body:only-child { grid-column: 1 / -1; }
      .flags li { color: var(--red); }
      @media (max-width: 760px) {
        main { padding: 4px 8px 24px; }
        .objective, .kr { grid-template-columns: minmax(0, 1fr); }
        .objective > aside.findings { grid-column: 1; grid-row: auto; }
        aside.findings { max-width: none; }
      }
      @media print {
        body { background: #fff; font-size: 11pt; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        header.page { border: 0; padding: 0 0 8pt; }
        main { max-width: none; padding: 0; }
        .objective { break-inside: avoid; page-break-inside: avoid; border-color: #999; }
        .kr { break-inside: avoid; }
        section.portfolio, section.alignment { break-after: page; }
        .scroll { overflow: visible; }
      }
      """.formatted(INK, MUTED, TRACK, VALUES);
}
