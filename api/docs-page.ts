import { html, raw } from "hono/html";

interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation | undefined> | undefined>;
}
interface Operation {
  summary?: string;
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: { type?: string; enum?: unknown[] };
  }[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/**
 * A readable, self-contained reference page generated from the OpenAPI document: no scripts, no CDN,
 * so it works on a closed network. The machine-readable document is at /api/openapi.json.
 */
export function renderDocsPage(document: { info: OpenApiDoc["info"]; paths?: unknown }) {
  const doc: OpenApiDoc = { info: document.info, paths: (document.paths ?? {}) as OpenApiDoc["paths"] };
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item?.[m] ? [{ method: m.toUpperCase(), path: `/api${path}`, op: item[m]! }] : [])),
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} ${doc.info.version}</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; max-width: 980px; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; background: #fff; }
  @media (prefers-color-scheme: dark) { body { color: #e6e8eb; background: #14171a; } code, .op { background: #1f2428 !important; } }
  h1 { margin-bottom: .2rem; } .op { border: 1px solid #8884; border-radius: 8px; padding: .6rem .9rem; margin: .8rem 0; background: #f6f8fa; }
  .m { font-weight: 700; display: inline-block; min-width: 4.2rem; } .m.GET { color: #1a7f37; } .m.POST { color: #9a6700; }
  code { background: #eef1f4; padding: 0 .25rem; border-radius: 4px; } table { border-collapse: collapse; margin-top: .4rem; }
  td, th { text-align: left; padding: .15rem .8rem .15rem 0; vertical-align: top; font-size: 14px; }
</style>
</head>
<body>
<h1>${doc.info.title}</h1>
<p>${doc.info.description ?? ""} Version ${doc.info.version}. Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<p>Every failure answers <code>{"error": {"code", "message", "requestId"}}</code>. Lists answer <code>{"items", "nextCursor"}</code>; pass <code>cursor</code> back for the next page. Writes need <code>Authorization: Bearer &lt;token&gt;</code>.</p>
${ops.map(
  ({ method, path, op }) => html`<section class="op">
  <div><span class="m ${method}">${method}</span> <code>${path}</code></div>
  <div>${op.summary ?? ""}</div>
  ${
    op.parameters?.length
      ? html`<table><tr><th>parameter</th><th>in</th><th>type</th><th></th></tr>${op.parameters.map(
          (p) =>
            html`<tr><td><code>${p.name}</code>${p.required ? raw(" *") : ""}</td><td>${p.in}</td><td>${p.schema?.enum ? p.schema.enum.join(" | ") : (p.schema?.type ?? "")}</td><td>${p.description ?? ""}</td></tr>`,
        )}</table>`
      : ""
  }
  <div>Answers: ${Object.entries(op.responses ?? {})
    .map(([code, r]) => `${code} ${r.description ?? ""}`)
    .join(" · ")}</div>
</section>`,
)}
</body>
</html>`;
}
