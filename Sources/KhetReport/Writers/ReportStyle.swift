/// The style sheet written into every HTML report: system fonts only (a stack that reaches
/// the Khmer fonts Cambodian office PCs have), tables that read on screen and on paper, status
/// colours that survive printing, and a page break before each sector or meeting.
enum ReportStyle {
  static let css = """
    :root {
      --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --band: #f6f8fa;
      --on-track: #1a7f37; --at-risk: #bf8700; --missed: #cf222e; --no-data: #818b98;
    }
    html { font-family: "Noto Sans Khmer", "Khmer OS System", "Khmer OS", "Khmer UI",
      "Leelawadee UI", "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink);
      line-height: 1.6; }
    body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
    h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
    h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid var(--rule); }
    h3 { font-size: 1.05rem; margin-top: 1.2rem; }
    .alt { color: var(--muted); font-size: 0.9em; }
    .sample { border: 2px solid var(--at-risk); padding: 0.4rem 0.8rem; font-weight: bold; }
    dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.1rem 1rem; }
    dl.meta dt { font-weight: bold; }
    dl.meta dd { margin: 0; }
    table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
    th, td { border: 1px solid var(--rule); padding: 0.3rem 0.5rem; vertical-align: top;
      text-align: left; }
    thead th { background: var(--band); }
    td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    tbody tr:nth-child(even) { background: #fbfcfd; }
    .bar { display: inline-block; width: 5rem; height: 0.7rem; margin-right: 0.4rem;
      background: var(--band); border: 1px solid var(--rule); vertical-align: middle; }
    .bar .fill { display: block; height: 100%; background: var(--no-data); }
    .fill.on-track, .fill.done { background: var(--on-track); }
    .fill.at-risk, .fill.open { background: var(--at-risk); }
    .fill.missed, .fill.overdue { background: var(--missed); }
    .status { white-space: nowrap; font-weight: bold; }
    .status.on-track, .state.done { color: var(--on-track); }
    .status.at-risk, .state.open { color: var(--at-risk); }
    .status.missed, .state.overdue { color: var(--missed); }
    .status.no-data { color: var(--no-data); }
    .better { color: var(--on-track); }
    .worse { color: var(--missed); }
    .counts { color: var(--muted); }
    .minutes { white-space: pre-line; border-left: 4px solid var(--rule); margin: 0.4rem 0;
      padding: 0.2rem 0.8rem; }
    .amendment { border-left-color: var(--at-risk); }
    footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10pt; }
      section.sector, section.meeting { break-before: page; }
      h2, h3 { break-after: avoid; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      .bar, .bar .fill, thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """
}
