import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseOwnUrl } from "../../api/routes/oembed.js";
import { EmbedButton, embedSnippets } from "../../web/src/components/EmbedButton.js";

describe("EmbedButton", () => {
  const origin = "https://claims.example.org";
  const s = embedSnippets(origin, "imagenet-256x256--fid");

  it("offers an iframe, a Markdown image and the oEmbed URL of the benchmark", () => {
    expect(s.iframe).toBe(
      '<iframe src="https://claims.example.org/embed/benchmarks/imagenet-256x256--fid" width="800" height="630" title="Claimboard chart" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
    expect(s.markdown).toBe(
      "[![Claimboard chart](https://claims.example.org/embed/benchmarks/imagenet-256x256--fid.svg)](https://claims.example.org/benchmarks/imagenet-256x256--fid)",
    );
    expect(s.oembed).toBe(
      "https://claims.example.org/api/oembed?format=json&url=https%3A%2F%2Fclaims.example.org%2Fbenchmarks%2Fimagenet-256x256--fid",
    );
  });

  it("makes URLs the server's routes accept", () => {
    const iframeSrc = /src="([^"]+)"/.exec(s.iframe)![1]!;
    const svg = /\]\(([^)]+\.svg)\)/.exec(s.markdown)![1]!;
    const oembedTarget = new URL(s.oembed).searchParams.get("url")!;
    for (const url of [iframeSrc, svg, oembedTarget])
      expect(parseOwnUrl(url, origin), url).toEqual({ id: "imagenet-256x256--fid", query: {} });
    expect(new URL(s.oembed).pathname).toBe("/api/oembed");
  });

  it("encodes an id it is given, whatever it is", () => {
    const odd = embedSnippets(origin, '"><script>x</script>');
    expect(odd.iframe).not.toContain("<script>");
    expect(odd.iframe).toContain(
      'src="https://claims.example.org/embed/benchmarks/%22%3E%3Cscript%3Ex%3C%2Fscript%3E"',
    );
  });

  it("renders a labelled button and a labelled, closed dialog", () => {
    const html = renderToStaticMarkup(createElement(EmbedButton, { benchmarkId: "imagenet-256x256--fid" }));
    expect(html).toMatch(/<button type="button" class="button" aria-haspopup="dialog">Embed<\/button>/);
    const labelledBy = /<dialog aria-labelledby="([^"]+)"/.exec(html)![1]!;
    expect(html).toContain(`<h2 id="${labelledBy}"`);
    expect(html).not.toMatch(/<dialog[^>]* open/);
  });
});
