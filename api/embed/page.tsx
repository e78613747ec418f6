import { createHash } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { chartTitle, ChartSvg, directionText, type ChartEntry, type ChartInput } from "./chart.js";
import { SIZE, type EmbedOptions } from "../../domain/embed-links/options.js";
import { formatValue } from "./scale.js";

/**
 * The iframe page: the chart (inline SVG that scales with the frame) and a compact table of the top
 * N, a link back to the full page, no script at all. Side by side when the frame is wide and low.
 */
const CSS = `*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:13px/1.4 "DejaVu Sans",Verdana,"Segoe UI",system-ui,sans-serif;background:var(--bg);color:var(--text)}
.light{--bg:#fff;--text:#1a1d23;--muted:#596170;--border:#e3e6eb;--accent:#1f4fbf;--hl:#f3edff;--hlt:#7c3aed}
.dark{--bg:#181c22;--text:#e5e8ec;--muted:#a3abb8;--border:#2d333c;--accent:#8fb0ff;--hl:#2a2140;--hlt:#c4a1ff}
main{display:flex;flex-direction:column;height:100%;padding:8px 10px 6px;gap:6px;overflow:hidden}
header{flex:none;display:flex;flex-wrap:wrap;align-items:baseline;column-gap:10px}
h1{font-size:15px;margin:0;line-height:1.3}
h1 a{color:inherit;text-decoration:none}
h1 a:hover,h1 a:focus-visible{text-decoration:underline}
.sub{color:var(--muted);font-size:12px}
.chart{flex:0 1 auto;display:flex;min-height:110px;min-width:0;margin:0}
.v{flex:1;min-width:0;min-height:0}
.v svg{display:block;width:100%;height:100%}
.v-narrow{display:none}
@media (max-width:600px){.v-wide{display:none}.v-narrow{display:block}}
.board{flex:1 1 30%;min-height:64px;overflow:auto}
table{border-collapse:collapse;width:100%;font-size:12px}
th,td{text-align:left;padding:3px 6px;border-bottom:1px solid var(--border);white-space:nowrap}
th{color:var(--muted);font-weight:normal;position:sticky;top:0;background:var(--bg)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.paper{max-width:0;width:100%;overflow:hidden;text-overflow:ellipsis;color:var(--muted)}
td.paper a{color:inherit}
tr.hl td{background:var(--hl)}
tr.hl td.subject{color:var(--hlt);font-weight:bold}
a{color:var(--accent)}
footer{flex:none;display:flex;justify-content:space-between;gap:8px;font-size:11px;color:var(--muted)}
@media (min-aspect-ratio:2/1) and (min-width:640px){main{display:grid;grid-template-columns:minmax(0,3fr) minmax(220px,2fr);grid-template-rows:auto minmax(0,1fr) auto}header,footer{grid-column:1/-1}.chart{height:100%}}
@media (max-height:300px){.board{display:none}}`;

/** The CSP source that allows exactly this stylesheet. */
export const PAGE_STYLE_SOURCE = `'sha256-${createHash("sha256").update(CSS).digest("base64")}'`;

export interface EmbedPageInput {
  chart: ChartInput;
  /** Leaderboard rows for the table (top N). */
  table: readonly ChartEntry[];
  options: EmbedOptions;
  /** Base of links back to the dashboard. */
  base: string;
  updatedAt: string;
  /** The footer's word on the data; default "data as of <updatedAt>". */
  dataNote?: string;
}

export function renderEmbedPage(input: EmbedPageInput): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<EmbedPage {...input} />)}`;
}

/**
 * The chart is drawn for a size and scales with the frame, text included. A frame much narrower than
 * that (a sidebar, a phone) gets a second drawing laid out for 480 px, chosen by a media query.
 */
function variants(options: EmbedOptions): { name: "wide" | "narrow"; options: EmbedOptions }[] {
  if (options.width <= 600) return [{ name: "wide", options }];
  const height = Math.round(
    Math.min(SIZE.maxHeight, Math.max(SIZE.minHeight, ((480 * options.height) / options.width) * 1.25)),
  );
  return [
    { name: "wide", options },
    { name: "narrow", options: { ...options, width: 480, height } },
  ];
}

function EmbedPage({ chart, table, options, base, updatedAt, dataNote }: EmbedPageInput) {
  const b = chart.benchmark;
  const full = `${base}/benchmarks/${encodeURIComponent(b.id)}`;
  const hl = new Set(options.highlight.map((s) => s.toLowerCase()));
  const title = chartTitle(b);
  return (
    <html lang="en" className={options.theme}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · Claimboard`}</title>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: CSS is this module's own constant, never user input */}
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <main>
          {options.title && (
            <header>
              <h1>
                <a href={full} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              </h1>
              <span className="sub">
                {directionText(b)} · {b.absoluteCount.toLocaleString("en-US")} claims ·{" "}
                {b.subjectCount.toLocaleString("en-US")} subjects
              </span>
            </header>
          )}
          <figure className="chart">
            {variants(options).map((v) => (
              <div key={v.name} className={`v v-${v.name}`}>
                <ChartSvg input={chart} options={{ ...v.options, inline: true }} />
              </div>
            ))}
          </figure>
          {table.length > 0 && (
            <div className="board">
              <table>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">Subject</th>
                    <th scope="col" className="num">
                      {b.metric}
                    </th>
                    <th scope="col">Paper</th>
                  </tr>
                </thead>
                <tbody>
                  {table.map((e) => (
                    <tr
                      key={`${e.rank}-${e.subject}`}
                      className={hl.has(e.subject.trim().toLowerCase()) ? "hl" : undefined}
                    >
                      <td className="num">{e.rank}</td>
                      <td className="subject">{e.subject}</td>
                      <td className="num">{formatValue(e.value, e.valueText, e.unit ?? b.unit)}</td>
                      <td className="paper" title={e.paper.title}>
                        <a href={`${base}/papers/${e.paper.id}`} target="_blank" rel="noopener noreferrer">
                          {e.paper.title}
                        </a>
                        {e.paper.date ? ` · ${e.paper.date}` : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <footer>
            <a href={full} target="_blank" rel="noopener noreferrer">
              Full leaderboard on Claimboard ↗
            </a>
            <span>{dataNote ?? `data as of ${updatedAt.slice(0, 10)}`}</span>
          </footer>
        </main>
      </body>
    </html>
  );
}
