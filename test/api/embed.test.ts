import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApp, type AppDeps } from "../../api/app.js";
import type { EmbedConfig } from "../../api/embed/config.js";
import { mintEmbedLinks, optionsFrom } from "../../domain/embed-links/mint.js";
import { SeriesSchema } from "../../contracts/benchmarks.js";
import { ErrorSchema } from "../../contracts/common.js";
import { EmbedLinkSchema } from "../../api/schemas/embed.js";
import type { DatabaseHandle } from "../../db/client.js";
import type { IngestProblem } from "../../db/schema/index.js";
import { ingestPapers } from "../../domain/ingest.js";
import { createToken } from "../../domain/tokens.js";
import { createTestDatabase } from "../helpers/db.js";
import { scriptedExtractor, testPaper, type ScriptedClaim } from "../helpers/web-server.js";

const XSS_TITLE = "<script>alert(1)</script>";
const XSS_SUBJECT = "<img src=x onerror=alert(1)>";
const XSS_DATASET = "<svg onload=alert(1)>Bench";
const ID = "imagenet-256x256--fid";
const SECRET = "test-secret-test-secret-test-secret-0123";

const fid = (subject: string, value: number, evidence: string, dataset = "ImageNet 256x256"): ScriptedClaim => ({
  metric: "fid",
  value,
  unit: null,
  subject,
  dataset,
  evidence,
});
const acc = (subject: string, value: number, evidence: string): ScriptedClaim => ({
  metric: "accuracy",
  value,
  unit: "%",
  subject,
  dataset: "CIFAR-10",
  evidence,
});

const PAPERS = [
  testPaper(
    XSS_TITLE,
    `Our ${XSS_SUBJECT} reaches FID 2.27 on ImageNet 256x256, while LDM-4 scores FID 3.60. It also gets FID 5.5 on the other set.`,
    "2022-12-19",
  ),
  testPaper(
    "MaskGIT: Masked Generative Image Transformer",
    "MaskGIT-L attains FID 4.02 on ImageNet 256x256 and 91.2% accuracy on CIFAR-10.",
    "2022-02-08",
  ),
  testPaper(
    "Flow Matching Transformers at Scale",
    "SiT-XL achieves FID 1.98 on ImageNet 256x256 and 93.5% accuracy on CIFAR-10.",
    "2024-01-16",
  ),
  testPaper("Efficient Samplers Without a Date", "EffSampler reaches FID 2.10 on ImageNet 256x256 with 8 steps.", null),
];
const LATE = testPaper("A Later Paper", "NewNet reaches FID 1.50 on ImageNet 256x256.", "2024-06-01");

const extractor = scriptedExtractor({
  [XSS_TITLE]: [
    fid(XSS_SUBJECT, 2.27, "FID 2.27 on ImageNet 256x256"),
    fid("LDM-4", 3.6, "FID 3.60"),
    fid(XSS_SUBJECT, 5.5, "FID 5.5 on the other set", XSS_DATASET),
  ],
  [PAPERS[1]!.title]: [
    fid("MaskGIT-L", 4.02, "FID 4.02 on ImageNet 256x256"),
    acc("MaskGIT-L", 91.2, "91.2% accuracy on CIFAR-10"),
  ],
  [PAPERS[2]!.title]: [
    fid("SiT-XL", 1.98, "FID 1.98 on ImageNet 256x256"),
    acc("SiT-XL", 93.5, "93.5% accuracy on CIFAR-10"),
  ],
  [PAPERS[3]!.title]: [fid("EffSampler", 2.1, "FID 2.10 on ImageNet 256x256")],
  [LATE.title]: [fid("NewNet", 1.5, "FID 1.50 on ImageNet 256x256")],
});

let h: DatabaseHandle;
let webDist: string;

/** An app over the test database; `embed` overrides the EMBED_* settings. */
function appWith(embed: Partial<EmbedConfig> = {}, extra: Partial<AppDeps> = {}) {
  const deps = { db: h.db, dbKind: h.kind, embed, ...extra };
  return createApp(deps);
}
let app: ReturnType<typeof appWith>;

async function seed(papers: typeof PAPERS) {
  const problems: IngestProblem[] = [];
  await ingestPapers(h.db, papers, extractor, problems);
  expect(problems).toEqual([]);
}

beforeAll(async () => {
  h = await createTestDatabase();
  await seed(PAPERS);
  app = appWith();
  webDist = mkdtempSync(join(tmpdir(), "claimboard-embed-web-"));
  writeFileSync(
    join(webDist, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><title>Claimboard</title></head><body><div id="root"></div></body></html>`,
  );
});

afterAll(async () => {
  await h?.close();
  if (webDist) rmSync(webDist, { recursive: true, force: true });
});

async function get(a: ReturnType<typeof appWith>, path: string, headers: Record<string, string> = {}) {
  return a.request(path, { headers });
}

async function expectErrorCode(res: Response, status: number, code: string) {
  const body = ErrorSchema.parse(await res.json());
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
}

/** No piece of paper text may reach the markup as markup. */
function expectNoRawPayload(text: string) {
  expect(text).not.toContain(XSS_TITLE);
  expect(text).not.toContain("<script");
  expect(text).not.toContain("<img src=x");
  expect(text).not.toContain("<svg onload");
}

function expectEmbedHeaders(res: Response) {
  expect(res.headers.get("x-frame-options")).toBeNull();
  expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
  expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("GET /embed/benchmarks/:id.svg", () => {
  it("is well-formed XML with one circle per claim and the paper text escaped", async () => {
    const res = await get(app, `/embed/benchmarks/${ID}.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expectEmbedHeaders(res);
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (name) => name === "circle" || name === "g",
    }).parse(svg);
    expect(doc.svg["@xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(doc.svg["@width"]).toBe("800");
    expect(doc.svg["@height"]).toBe("450");
    const series = SeriesSchema.parse(await (await get(app, `/api/benchmarks/${ID}/series`)).json());
    expect(series.points).toHaveLength(5);
    const circles = svg.match(/<circle [^>]*data-claim="\d+"/g) ?? [];
    expect(circles).toHaveLength(series.points.length);
    expect(new Set(circles.map((c) => /data-claim="(\d+)"/.exec(c)![1]))).toEqual(
      new Set(series.points.map((p) => String(p.claimId))),
    );
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expectNoRawPayload(svg);
    // The legend is SVG text, not HTML.
    expect(svg).toMatch(/<text[^>]*>new best<\/text>/);
    expect(svg).toMatch(/<text[^>]*>best so far<\/text>/);
  });

  it("draws the top N as bars, highlighted subjects included", async () => {
    const res = await get(
      app,
      `/embed/benchmarks/${ID}.svg?chart=bar&top=3&highlight=${encodeURIComponent(`SiT-XL,${XSS_SUBJECT}`)}&theme=dark&width=640&height=360`,
    );
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/<rect [^>]*data-entry=/g)).toHaveLength(3);
    expect(svg).toContain('viewBox="0 0 640 360"');
    expect(svg).toContain("#7fa5ff"); // dark palette
    expect(svg).toMatch(/<text[^>]*>SiT-XL<\/text>/); // highlight legend
    expectNoRawPayload(svg);
  });

  it("validates the options and knows its benchmarks", async () => {
    await expectErrorCode(await get(app, `/embed/benchmarks/${ID}.svg?top=51`), 400, "VALIDATION_FAILED");
    await expectErrorCode(await get(app, `/embed/benchmarks/${ID}.svg?width=100`), 400, "VALIDATION_FAILED");
    await expectErrorCode(await get(app, `/embed/benchmarks/${ID}.svg?height=5000`), 400, "VALIDATION_FAILED");
    await expectErrorCode(await get(app, `/embed/benchmarks/${ID}.svg?theme=blue`), 400, "VALIDATION_FAILED");
    await expectErrorCode(await get(app, `/embed/benchmarks/${ID}.svg?chart=pie`), 400, "VALIDATION_FAILED");
    await expectErrorCode(await get(app, `/embed/benchmarks/nope--fid.svg`), 404, "NOT_FOUND");
    await expectErrorCode(await get(app, `/embed/benchmarks/${ID}.gif`), 404, "NOT_FOUND");
    // Unknown parameters (cache busters) are ignored.
    expect((await get(app, `/embed/benchmarks/${ID}.svg?v=2`)).status).toBe(200);
  });
});

describe("GET /embed/benchmarks/:id.png", () => {
  it("is a PNG of the requested size", async () => {
    const res = await get(app, `/embed/benchmarks/${ID}.png?width=640&height=360`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expectEmbedHeaders(res);
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 640, height: 360 });
    const bar = await get(app, `/embed/benchmarks/${ID}.png?chart=bar`);
    expect(pngSize(new Uint8Array(await bar.arrayBuffer()))).toEqual({ width: 800, height: 450 });
  });
});

describe("GET /embed/benchmarks/:id (HTML)", () => {
  it("is a script-free page with the chart, the top N and a link back, framable anywhere", async () => {
    const res = await get(app, `/embed/benchmarks/${ID}?top=2&highlight=SiT-XL`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expectEmbedHeaders(res);
    expect(res.headers.get("content-security-policy")).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(
      '<a href="http://localhost/benchmarks/imagenet-256x256--fid" target="_blank" rel="noopener noreferrer">',
    );
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr/g)).toHaveLength(2);
    expect(html).toContain('<tr class="hl">');
    // Drawn twice: for the requested size and, shown in narrow frames, for 480 px.
    expect(html.match(/<circle [^>]*data-claim=/g)).toHaveLength(10);
    expect(html.match(/<div class="v v-wide"><svg [^>]*viewBox="0 0 800 450"/g)).toHaveLength(1);
    expect(html.match(/<div class="v v-narrow"><svg [^>]*viewBox="0 0 480 338"/g)).toHaveLength(1);
    expectNoRawPayload(html);
    // The table lists the best claim per subject, and the paper of the XSS subject is in the series titles.
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("titles can be turned off; the link back stays", async () => {
    const html = await (await get(app, `/embed/benchmarks/${ID}?title=0&chart=bar`)).text();
    expect(html).not.toContain("<h1>");
    expect(html).toContain("Full leaderboard on Claimboard");
    expect(html.match(/<rect [^>]*data-entry=/g)).toHaveLength(10);
  });

  it("keeps the app's X-Frame-Options on everything else", async () => {
    const res = await get(app, "/api/health");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });
});

describe("caching", () => {
  it("answers 304 to a matching If-None-Match or If-Modified-Since, and changes the ETag when a claim changes", async () => {
    const paths = [
      `/embed/benchmarks/${ID}.svg`,
      `/embed/benchmarks/${ID}.png`,
      `/embed/benchmarks/${ID}`,
      `/api/oembed?url=${encodeURIComponent(`http://localhost/benchmarks/${ID}`)}`,
    ];
    const before: string[] = [];
    for (const path of paths) {
      const first = await get(app, path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag")!;
      const lastModified = first.headers.get("last-modified")!;
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      expect(new Date(lastModified).getTime(), path).toBeGreaterThan(0);
      expect(first.headers.get("cache-control"), path).toBe("public, max-age=300");
      const again = await get(app, path, { "If-None-Match": etag });
      expect(again.status, path).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
      expect((await get(app, path, { "If-None-Match": `"other", W/${etag}` })).status, path).toBe(304);
      expect((await get(app, path, { "If-Modified-Since": lastModified })).status, path).toBe(304);
      expect(
        (await get(app, path, { "If-Modified-Since": new Date(Date.parse(lastModified) - 60_000).toUTCString() }))
          .status,
        path,
      ).toBe(200);
      before.push(etag);
    }
    // Options are part of the ETag.
    const other = await get(app, `/embed/benchmarks/${ID}.svg?theme=dark`);
    expect(other.headers.get("etag")).not.toBe(before[0]);

    await new Promise((r) => setTimeout(r, 1100)); // Last-Modified has one-second precision
    await seed([LATE]);
    for (const [i, path] of paths.entries()) {
      const res = await get(app, path, { "If-None-Match": before[i]! });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("etag"), path).not.toBe(before[i]);
    }
    const svg = await (await get(app, `/embed/benchmarks/${ID}.svg`)).text();
    expect(svg.match(/<circle [^>]*data-claim=/g)).toHaveLength(6);
  });
});

/** The oEmbed 1.0 "rich" type as the spec words it, independent of the server's own schema. */
const OEmbedSpecRich = z
  .object({
    type: z.literal("rich"),
    version: z.literal("1.0"),
    title: z.string().optional(),
    author_name: z.string().optional(),
    author_url: z.string().optional(),
    provider_name: z.string().optional(),
    provider_url: z.url().optional(),
    cache_age: z.number().int().nonnegative().optional(),
    thumbnail_url: z.url().optional(),
    thumbnail_width: z.number().int().positive().optional(),
    thumbnail_height: z.number().int().positive().optional(),
    html: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  })
  .strict();

describe("GET /api/oembed", () => {
  const page = `http://localhost/benchmarks/${ID}`;
  const oembed = (url: string, more = "") => `/api/oembed?url=${encodeURIComponent(url)}${more}`;

  it("answers a valid rich response with an iframe and a PNG thumbnail", async () => {
    const res = await get(app, oembed(page, "&format=json"));
    expect(res.status).toBe(200);
    const body = OEmbedSpecRich.parse(await res.json());
    expect(body).toMatchObject({
      provider_name: "Claimboard",
      provider_url: "http://localhost/",
      title: "fid on ImageNet 256×256",
      width: 800,
      height: 630,
    });
    expect(body.html).toMatch(
      /^<iframe src="http:\/\/localhost\/embed\/benchmarks\/imagenet-256x256--fid" width="800" height="630" /,
    );
    expect(body.thumbnail_url).toBe(`http://localhost/embed/benchmarks/${ID}.png`);
    expect([body.thumbnail_width, body.thumbnail_height]).toEqual([800, 450]);
    // The thumbnail it names is served at the size it says.
    const png = await get(app, body.thumbnail_url!.replace("http://localhost", ""));
    expect(pngSize(new Uint8Array(await png.arrayBuffer()))).toEqual({ width: 800, height: 450 });
  });

  it("respects maxwidth and maxheight", async () => {
    const body = OEmbedSpecRich.parse(await (await get(app, oembed(page, "&maxwidth=400"))).json());
    expect(body.width).toBeLessThanOrEqual(400);
    expect(body.html).toContain(`width="${body.width}" height="${body.height}"`);
    expect(body.thumbnail_width).toBeLessThanOrEqual(400);
    const png = await get(app, body.thumbnail_url!.replace("http://localhost", ""));
    expect(pngSize(new Uint8Array(await png.arrayBuffer()))).toEqual({
      width: body.thumbnail_width,
      height: body.thumbnail_height,
    });
    const low = OEmbedSpecRich.parse(await (await get(app, oembed(page, "&maxwidth=1000&maxheight=300"))).json());
    expect(low.height).toBeLessThanOrEqual(300);
    expect(low.thumbnail_height ?? 0).toBeLessThanOrEqual(300);
    const tiny = OEmbedSpecRich.parse(await (await get(app, oembed(page, "&maxwidth=120"))).json());
    expect(tiny.width).toBeLessThanOrEqual(120);
    expect(tiny.thumbnail_url).toBeUndefined();
  });

  it("keeps an embed link's options", async () => {
    const body = OEmbedSpecRich.parse(
      await (await get(app, oembed(`http://localhost/embed/benchmarks/${ID}?chart=bar&top=3&theme=dark`))).json(),
    );
    expect(body.html).toContain(`src="http://localhost/embed/benchmarks/${ID}?chart=bar&amp;top=3&amp;theme=dark"`);
  });

  it("escapes benchmark names in the title and the html", async () => {
    const id = "svg-onload-alert-1-bench--fid";
    const res = await get(app, oembed(`http://localhost/benchmarks/${id}`));
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const body = OEmbedSpecRich.parse(JSON.parse(text));
    expect(body.title).toBe("fid on &lt;svg onload=alert(1)&gt;Bench");
    expect(body.html).toContain('title="fid on &lt;svg onload=alert(1)&gt;Bench"');
    expectNoRawPayload(text);
    expectNoRawPayload(await (await get(app, `/embed/benchmarks/${id}`)).text());
    expectNoRawPayload(await (await get(app, `/embed/benchmarks/${id}.svg?chart=bar`)).text());
  });

  it("answers 404 for foreign or unknown URLs and 501 for other formats", async () => {
    await expectErrorCode(await get(app, oembed(`http://evil.example/benchmarks/${ID}`)), 404, "NOT_FOUND");
    await expectErrorCode(await get(app, oembed(`https://localhost/benchmarks/${ID}`)), 404, "NOT_FOUND");
    await expectErrorCode(await get(app, oembed(`http://localhost:8080/benchmarks/${ID}`)), 404, "NOT_FOUND");
    await expectErrorCode(await get(app, oembed("http://localhost/papers/1")), 404, "NOT_FOUND");
    await expectErrorCode(await get(app, oembed("not a url")), 404, "NOT_FOUND");
    await expectErrorCode(await get(app, oembed("http://localhost/benchmarks/nope--fid")), 404, "NOT_FOUND");
    await expectErrorCode(await get(app, oembed(page, "&format=xml")), 501, "FORMAT_NOT_IMPLEMENTED");
    await expectErrorCode(await get(app, "/api/oembed"), 400, "VALIDATION_FAILED");
  });

  it("uses EMBED_PUBLIC_URL as the server's own origin", async () => {
    const proxied = appWith({ publicUrl: "https://claims.example.org/cb" });
    const body = OEmbedSpecRich.parse(
      await (await get(proxied, oembed(`https://claims.example.org/cb/benchmarks/${ID}`))).json(),
    );
    expect(body.html).toContain(`src="https://claims.example.org/cb/embed/benchmarks/${ID}"`);
    await expectErrorCode(await get(proxied, oembed(page)), 404, "NOT_FOUND");
  });
});

describe("oEmbed discovery on the dashboard page", () => {
  it("adds the alternate link and Open Graph tags to the SPA's index.html", async () => {
    const withWeb = appWith({}, { webDist });
    const res = await get(withWeb, `/benchmarks/${ID}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const href = `http://localhost/api/oembed?format=json&amp;url=${encodeURIComponent(`http://localhost/benchmarks/${ID}`)}`;
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${href}" title="fid on ImageNet 256×256">`,
    );
    expect(html).toContain(`<meta property="og:image" content="http://localhost/embed/benchmarks/${ID}.png">`);
    expect(html.indexOf("application/json+oembed")).toBeLessThan(html.indexOf("</head>"));
    // The dashboard itself keeps the app's frame protection.
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    const unknown = await (await get(withWeb, "/benchmarks/nope--fid")).text();
    expect(unknown).not.toContain("json+oembed");
    const xss = await (await get(withWeb, "/benchmarks/svg-onload-alert-1-bench--fid")).text();
    expectNoRawPayload(xss);
  });

  it("names nothing in the page's head when reads need a token (finding 6 of the adversarial test)", async () => {
    const privateWeb = appWith({}, { webDist, config: { readsRequireToken: true } });
    const html = await (await get(privateWeb, `/benchmarks/${ID}`)).text();
    expect(html).not.toContain("json+oembed");
    expect(html).not.toContain("og:title");
    expect(html).not.toContain("ImageNet");
    // An id that exists and one that does not answer the same page.
    expect(await (await get(privateWeb, "/benchmarks/nope--fid")).text()).toBe(html);
  });
});

describe("signed links", () => {
  let privateApp: ReturnType<typeof appWith>;
  let reviewer: string;
  let viewer: string;
  beforeAll(async () => {
    privateApp = appWith({ signingSecret: SECRET, requireSignature: true });
    reviewer = (await createToken(h.db, "reviewer", "embed test reviewer")).token;
    viewer = (await createToken(h.db, "viewer", "embed test viewer")).token;
  });

  const mint = (a: ReturnType<typeof appWith>, body: unknown, token?: string) =>
    a.request("/api/embed-links", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it("refuses unsigned embeds when signatures are required", async () => {
    for (const path of [`/embed/benchmarks/${ID}`, `/embed/benchmarks/${ID}.svg`, `/embed/benchmarks/${ID}.png`]) {
      await expectErrorCode(await get(privateApp, path), 403, "SIGNATURE_REQUIRED");
    }
    await expectErrorCode(
      await get(privateApp, `/api/oembed?url=${encodeURIComponent(`http://localhost/benchmarks/${ID}`)}`),
      403,
      "SIGNATURE_REQUIRED",
    );
  });

  it("mints links for reviewers only", async () => {
    await expectErrorCode(await mint(privateApp, { benchmarkId: ID }), 401, "UNAUTHORIZED");
    await expectErrorCode(await mint(privateApp, { benchmarkId: ID }, viewer), 403, "FORBIDDEN");
    await expectErrorCode(await mint(privateApp, { benchmarkId: "nope--fid" }, reviewer), 404, "NOT_FOUND");
    await expectErrorCode(await mint(privateApp, { benchmarkId: ID, top: 99 }, reviewer), 400, "VALIDATION_FAILED");
    await expectErrorCode(await mint(appWith(), { benchmarkId: ID }, reviewer), 501, "SIGNING_NOT_CONFIGURED");
  });

  it("serves a signed link privately, and refuses it tampered or expired", async () => {
    const res = await mint(
      privateApp,
      { benchmarkId: ID, chart: "bar", top: 3, highlight: ["SiT-XL"], expiresIn: 3600 },
      reviewer,
    );
    expect(res.status).toBe(200);
    const links = EmbedLinkSchema.parse(await res.json());
    expect(links.url).toMatch(/[?&]exp=\d+&sig=[\w-]{43}$/);
    expect(links.markdown).toBe(`[![fid on ImageNet 256×256](${links.svgUrl})](http://localhost/benchmarks/${ID})`);
    for (const url of [links.url, links.svgUrl, links.pngUrl]) {
      const ok = await get(privateApp, url.replace("http://localhost", ""));
      expect(ok.status, url).toBe(200);
      expect(ok.headers.get("cache-control")).toMatch(/^private, max-age=(300|29\d)$/);
      const etag = ok.headers.get("etag")!;
      expect((await get(privateApp, url.replace("http://localhost", ""), { "If-None-Match": etag })).status).toBe(304);
    }
    const path = links.svgUrl.replace("http://localhost", "");
    await expectErrorCode(await get(privateApp, path.replace("top=3", "top=4")), 403, "SIGNATURE_INVALID");
    await expectErrorCode(await get(privateApp, path.replace("chart=bar&", "")), 403, "SIGNATURE_INVALID");
    await expectErrorCode(
      await get(
        privateApp,
        path.replace(/exp=(\d+)/, (_m, e: string) => `exp=${Number(e) + 60}`),
      ),
      403,
      "SIGNATURE_INVALID",
    );
    await expectErrorCode(
      await get(
        privateApp,
        path.replace(/sig=([\w-])/, (_m, ch: string) => `sig=${ch === "A" ? "B" : "A"}`),
      ),
      403,
      "SIGNATURE_INVALID",
    );
    await expectErrorCode(await get(privateApp, path.replace(ID, "cifar-10--accuracy")), 403, "SIGNATURE_INVALID");
    await expectErrorCode(await get(privateApp, path.replace(/&sig=[\w-]+/, "")), 403, "SIGNATURE_INVALID");
    // Equivalent spellings of the same options keep the signature valid.
    const reordered = `/embed/benchmarks/${ID}.svg?top=3&chart=bar&highlight=${encodeURIComponent(" SiT-XL ")}&exp=${links.exp}&sig=${/sig=([\w-]+)/.exec(path)![1]}`;
    expect((await get(privateApp, reordered)).status).toBe(200);
    // A tampered link fails even where unsigned embeds are allowed.
    const open = appWith({ signingSecret: SECRET });
    await expectErrorCode(await get(open, path.replace("top=3", "top=4")), 403, "SIGNATURE_INVALID");

    const expired = mintEmbedLinks(SECRET, "http://localhost", ID, optionsFrom({}), "t", 60, Date.now() - 3600_000);
    await expectErrorCode(
      await get(privateApp, expired.svgUrl.replace("http://localhost", "")),
      403,
      "SIGNATURE_EXPIRED",
    );
    const forged = mintEmbedLinks(
      "another-secret-another-secret-0123456",
      "http://localhost",
      ID,
      optionsFrom({}),
      "t",
    );
    await expectErrorCode(
      await get(privateApp, forged.svgUrl.replace("http://localhost", "")),
      403,
      "SIGNATURE_INVALID",
    );
  });

  it("answers oEmbed for a signed link with the signed iframe", async () => {
    const links = EmbedLinkSchema.parse(
      await (await mint(privateApp, { benchmarkId: ID, width: 600, height: 300 }, reviewer)).json(),
    );
    const res = await get(privateApp, `/api/oembed?url=${encodeURIComponent(links.url)}&maxwidth=500`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/^private/);
    const body = OEmbedSpecRich.parse(await res.json());
    expect(body.html).toContain(`src="${links.url.replace(/&/g, "&amp;")}"`);
    expect(body.width).toBeLessThanOrEqual(500);
    expect(body.thumbnail_url).toBeUndefined(); // the signed PNG is 600 wide
  });
});
