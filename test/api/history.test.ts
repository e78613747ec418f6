import { beforeAll, describe, expect, it } from "vitest";
import { LeaderboardSchema, SeriesSchema } from "../../contracts/benchmarks.js";
import { BoardChangesSchema, EmbedPinSchema } from "../../contracts/history.js";
import { OEmbedRichSchema } from "../../api/schemas/embed.js";
import { createApp } from "../../api/app.js";
import { DEFAULT_EMBED_CONFIG } from "../../api/embed/config.js";
import { ErrorSchema } from "../../contracts/common.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, expectError, getJson } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

// The board in the past (?asOf, ?knownAt), what changed since a moment, and pinned embeds.
const fixture = databaseForFile();
let reviewer: string;
const ID = "imagenet--accuracy";
const BOARD = `/api/benchmarks/${ID}/leaderboard`;
const extractor = fakeExtractor();
const ingest = (papers: ReturnType<typeof paper>[], file: string) =>
  ingestSources(fixture.db, [{ file, papers }], extractor, { files: [file] });
const rows = (b: { entries: { subject: string; value: number }[] }) => b.entries.map((e) => [e.subject, e.value]);
const post = (path: string, body: unknown, token = reviewer) =>
  fixture.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const pause = () => new Promise((r) => setTimeout(r, 20));

let storedAt: string;

beforeAll(async () => {
  reviewer = await fixture.token("reviewer", "Ada");
  await ingest(
    [
      paper("Alpha Paper", "Alpha reaches accuracy 70% on ImageNet.", { date: "2024-01-10" }),
      paper("Beta Paper", "Beta reaches accuracy 80% on ImageNet.", { date: "2024-06-10" }),
      paper("Gamma Paper", "Gamma reaches accuracy 75% on ImageNet."),
    ],
    "first.jsonl",
  );
  await pause();
  storedAt = new Date().toISOString();
  await pause();
});

describe("the board as of a day (?asOf)", () => {
  it("keeps entries from papers dated on or before the day; an undated paper counts from the day it was stored", async () => {
    const live = await getJson(fixture.app, BOARD, 200, LeaderboardSchema);
    expect(rows(live)).toEqual([
      ["Beta", 80],
      ["Gamma", 75],
      ["Alpha", 70],
    ]);
    expect(live.asOf).toBeUndefined();

    const march = await getJson(fixture.app, `${BOARD}?asOf=2024-03-01`, 200, LeaderboardSchema);
    expect(rows(march)).toEqual([["Alpha", 70]]);
    expect(march.asOf).toEqual({ asOf: "2024-03-01", knownAt: null });
    // Inclusive of the day itself.
    expect(rows(await getJson(fixture.app, `${BOARD}?asOf=2024-06-10`, 200, LeaderboardSchema))).toEqual([
      ["Beta", 80],
      ["Alpha", 70],
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(rows(await getJson(fixture.app, `${BOARD}?asOf=${today}`, 200, LeaderboardSchema))).toEqual(rows(live));

    const series = await getJson(fixture.app, `/api/benchmarks/${ID}/series?asOf=2024-03-01`, 200, SeriesSchema);
    expect(series.points.map((p) => p.subject)).toEqual(["Alpha"]);
    expect(series.asOf?.asOf).toBe("2024-03-01");
  });

  it("refuses a day that does not exist, with the parameter named", async () => {
    const body = await expectError(fixture.app, `${BOARD}?asOf=2024-02-30`, 400, "VALIDATION_FAILED");
    expect(body.error.message).toContain("asOf");
    await expectError(fixture.app, `${BOARD}?asOf=yesterday`, 400, "VALIDATION_FAILED");
    await expectError(fixture.app, `${BOARD}?knownAt=soon`, 400, "VALIDATION_FAILED");
  });
});

describe("what the tracker knew (?knownAt) and what changed since (/changes)", () => {
  let betaClaim: number;

  it("a correction made later is undone and a claim stored later left out", async () => {
    const live = await getJson(fixture.app, BOARD, 200, LeaderboardSchema);
    betaClaim = live.entries.find((e) => e.subject === "Beta")!.claimId;
    const res = await post(`/api/claims/${betaClaim}/corrections`, { value: 60, note: "the table says 60" });
    expect(res.status).toBe(200);
    await ingest(
      [paper("Delta Paper", "Delta reaches accuracy 90% on ImageNet.", { date: "2024-02-01" })],
      "second.jsonl",
    );

    expect(rows(await getJson(fixture.app, BOARD, 200, LeaderboardSchema))).toEqual([
      ["Delta", 90],
      ["Gamma", 75],
      ["Alpha", 70],
      ["Beta", 60],
    ]);
    const then = await getJson(fixture.app, `${BOARD}?knownAt=${encodeURIComponent(storedAt)}`, 200, LeaderboardSchema);
    expect(rows(then)).toEqual([
      ["Beta", 80],
      ["Gamma", 75],
      ["Alpha", 70],
    ]);
    expect(then.entries.find((e) => e.subject === "Beta")!.reviewStatus).toBeNull();
    // Both: the literature of March 2024 as the tracker had it then, and as it has it now.
    expect(
      rows(
        await getJson(
          fixture.app,
          `${BOARD}?asOf=2024-03-01&knownAt=${encodeURIComponent(storedAt)}`,
          200,
          LeaderboardSchema,
        ),
      ),
    ).toEqual([["Alpha", 70]]);
    expect(rows(await getJson(fixture.app, `${BOARD}?asOf=2024-03-01`, 200, LeaderboardSchema))).toEqual([
      ["Delta", 90],
      ["Alpha", 70],
    ]);
  });

  it("lists the correction and the new claim since the moment, newest first, with what changed", async () => {
    const page = await getJson(
      fixture.app,
      `/api/benchmarks/${ID}/changes?since=${encodeURIComponent(storedAt)}`,
      200,
      BoardChangesSchema,
    );
    expect(page.items.map((i) => [i.kind, i.action])).toEqual([
      ["entry_added", "claim.added"],
      ["review", "claim.correct"],
    ]);
    const [added, corrected] = page.items;
    expect(added).toMatchObject({ subject: "Delta", value: 90, paper: { title: "Delta Paper", date: "2024-02-01" } });
    expect(corrected).toMatchObject({
      claimId: betaClaim,
      note: "the table says 60",
      before: { value: 80, reviewStatus: null },
      after: { value: 60, reviewStatus: "corrected" },
    });
    expect(corrected!.actor).toContain("Ada");
    expect(corrected!.summary).toBe("corrected: Beta 80% → 60%");
    expect(page.nextCursor).toBeNull();
  });

  it("a merge that touches the board is a change of it, and paging walks every change once", async () => {
    const subjects = (await getJson(fixture.app, BOARD, 200, LeaderboardSchema)).entries;
    const gamma = subjects.find((e) => e.subject === "Gamma")!.subjectId;
    const alpha = subjects.find((e) => e.subject === "Alpha")!.subjectId;
    expect((await post("/api/entities/merge", { type: "subject", from: gamma, into: alpha })).status).toBe(200);

    const all = await getJson(fixture.app, `/api/benchmarks/${ID}/changes?since=2020-01-01`, 200, BoardChangesSchema);
    expect(all.items.map((i) => i.action)).toEqual([
      "subject.merge",
      "claim.added",
      "claim.correct",
      "claim.added",
      "claim.added",
      "claim.added",
    ]);
    expect(all.items[0]!.summary).toContain("merged “Gamma”");

    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/benchmarks/${ID}/changes?since=2020-01-01&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const p = await getJson(fixture.app, q, 200, BoardChangesSchema);
      expect(p.items.length).toBeLessThanOrEqual(2);
      walked.push(...p.items.map((i) => `${i.action}:${i.claimId ?? i.auditId}`));
      cursor = p.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.items.map((i) => `${i.action}:${i.claimId ?? i.auditId}`));

    // Another board sees none of it.
    await ingest([paper("Other Paper", "Omega reaches fid 3.1 on CIFAR-10.")], "third.jsonl");
    const other = await getJson(
      fixture.app,
      `/api/benchmarks/cifar-10--fid/changes?since=2020-01-01`,
      200,
      BoardChangesSchema,
    );
    expect(other.items.map((i) => i.action)).toEqual(["claim.added"]);
  });

  it("a renamed system reads as such in the changes; a later rejection is undone in the past", async () => {
    const t = new Date().toISOString();
    await pause();
    expect((await post(`/api/claims/${betaClaim}/corrections`, { subject: "Beta-2" })).status).toBe(200);
    const page = await getJson(
      fixture.app,
      `/api/benchmarks/${ID}/changes?since=${encodeURIComponent(t)}`,
      200,
      BoardChangesSchema,
    );
    expect(page.items.map((i) => i.summary)).toEqual(["corrected: Beta → Beta-2, 60%"]);

    expect((await post(`/api/claims/${betaClaim}/review`, { action: "reject" })).status).toBe(200);
    const live = await getJson(fixture.app, BOARD, 200, LeaderboardSchema);
    expect(live.entries.some((e) => e.claimId === betaClaim)).toBe(false);
    const then = await getJson(fixture.app, `${BOARD}?knownAt=${encodeURIComponent(t)}`, 200, LeaderboardSchema);
    expect(then.entries.find((e) => e.claimId === betaClaim)).toMatchObject({ value: 60, reviewStatus: "corrected" });
  });

  it("refuses a bad since, a bad cursor and an unknown board", async () => {
    await expectError(fixture.app, `/api/benchmarks/${ID}/changes`, 400, "VALIDATION_FAILED");
    await expectError(fixture.app, `/api/benchmarks/${ID}/changes?since=2024-13-01`, 400, "VALIDATION_FAILED");
    await expectError(
      fixture.app,
      `/api/benchmarks/${ID}/changes?since=2024-01-01&cursor=nonsense`,
      400,
      "INVALID_CURSOR",
    );
    await expectError(fixture.app, `/api/benchmarks/no-such-board/changes?since=2024-01-01`, 404, "NOT_FOUND");
  });
});

describe("pinned embeds", () => {
  it("need a reviewer token to make; pinning the same state twice is one pin", async () => {
    expect((await post("/api/embed-pins", { benchmarkId: ID }, "")).status).toBe(401);
    const a = EmbedPinSchema.parse(await (await post("/api/embed-pins", { benchmarkId: ID })).json());
    const b = EmbedPinSchema.parse(await (await post("/api/embed-pins", { benchmarkId: ID })).json());
    expect(b.id).toBe(a.id);
    expect(a.links.svgUrl).toContain(`/embed/pins/${a.id}.svg`);
    expect((await post("/api/embed-pins", { benchmarkId: "no-such-board" })).status).toBe(404);
    expect((await post("/api/embed-pins", { benchmarkId: ID, asOf: "2024-02-31" })).status).toBe(400);
  });

  it("never change after new claims and reviews, while the live embed does; served immutable", async () => {
    const pin = EmbedPinSchema.parse(await (await post("/api/embed-pins", { benchmarkId: ID })).json());
    const asOfPin = EmbedPinSchema.parse(
      await (await post("/api/embed-pins", { benchmarkId: ID, asOf: "2024-03-01" })).json(),
    );
    expect(asOfPin.id).not.toBe(pin.id);
    const fetchAll = async () => {
      const out: string[] = [];
      for (const p of [
        `/embed/pins/${pin.id}.svg`,
        `/embed/pins/${pin.id}`,
        `/embed/pins/${asOfPin.id}.svg?chart=bar`,
        `/embed/benchmarks/${ID}.svg?chart=bar`,
      ]) {
        const res = await fixture.app.request(p);
        expect(res.status).toBe(200);
        out.push(await res.text());
      }
      return out;
    };
    const before = await fetchAll();
    const res = await fixture.app.request(`/embed/pins/${pin.id}.png`);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(before[1]).toContain(`pinned ${pin.createdAt.slice(0, 10)}`);
    expect(before[2]).toContain("board as of 2024-03-01");
    expect(before[2]).toContain("Alpha");
    expect(before[2]).not.toContain("Zeta");

    await ingest(
      [paper("Zeta Paper", "Zeta reaches accuracy 99% on ImageNet.", { date: "2024-01-20" })],
      "fourth.jsonl",
    );
    const live = await getJson(fixture.app, BOARD, 200, LeaderboardSchema);
    const delta = live.entries.find((e) => e.subject === "Delta")!;
    expect((await post(`/api/claims/${delta.claimId}/review`, { action: "reject" })).status).toBe(200);

    const after = await fetchAll();
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after[3]).not.toEqual(before[3]);
    expect(after[3]).toContain("Zeta");
    expect(after[3]).toContain(`data as of ${new Date().toISOString().slice(0, 10)}`);
    // A later pin of the same board shows the new state.
    const later = EmbedPinSchema.parse(await (await post("/api/embed-pins", { benchmarkId: ID })).json());
    expect(later.id).not.toBe(pin.id);
  });

  it("oEmbed a pinned link: the pinned iframe, cached for good", async () => {
    const pin = EmbedPinSchema.parse(
      await (await post("/api/embed-pins", { benchmarkId: ID, asOf: "2024-03-01" })).json(),
    );
    const res = await fixture.app.request(`/api/oembed?format=json&url=${encodeURIComponent(pin.links.url)}`);
    expect(res.status).toBe(200);
    const body = OEmbedRichSchema.parse(await res.json());
    expect(body.html).toContain(`/embed/pins/${pin.id}`);
    expect(body.title).toContain("as of 2024-03-01");
    expect(res.headers.get("cache-control")).toContain("immutable");
    await expectError(
      fixture.app,
      `/api/oembed?format=json&url=${encodeURIComponent(pin.links.url.replace(pin.id, "0".repeat(24)))}`,
      404,
      "NOT_FOUND",
    );
    expect((await fixture.app.request(`/embed/pins/${"0".repeat(24)}.svg`)).status).toBe(404);
  });

  it("the OpenAPI document lists the new endpoints and parameters", async () => {
    const doc = (await (await fixture.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/benchmarks/{id}/changes", "/embed-pins"]));
    expect(doc.paths["/benchmarks/{id}/leaderboard"]!.get!.parameters!.map((p) => p.name)).toEqual(
      expect.arrayContaining(["asOf", "knownAt"]),
    );
    expect(doc.paths["/benchmarks/{id}/series"]!.get!.parameters!.map((p) => p.name)).toEqual(
      expect.arrayContaining(["asOf", "knownAt"]),
    );
  });
});

describe("pinned embeds on a server that serves signed links only", () => {
  it("hands out signed pinned links; unsigned or re-pointed ones are refused", async () => {
    const secret = "s".repeat(40);
    const signed = createApp({
      db: fixture.db,
      dbKind: fixture.handle.kind,
      config: { embed: { ...DEFAULT_EMBED_CONFIG, signingSecret: secret, requireSignature: true } },
    });
    const res = await signed.request("/api/embed-pins", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${reviewer}` },
      body: JSON.stringify({ benchmarkId: ID }),
    });
    const pin = EmbedPinSchema.parse(await res.json());
    expect(pin.links.svgUrl).toMatch(/[?&]sig=/);
    const path = (url: string) => url.slice(url.indexOf("/embed/"));
    const ok = await signed.request(path(pin.links.svgUrl));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toMatch(/^private, max-age=/);
    const unsigned = await signed.request(`/embed/pins/${pin.id}.svg`);
    expect(ErrorSchema.parse(await unsigned.json()).error.code).toBe("SIGNATURE_REQUIRED");
    // The same signature on the live chart's URL does not open it, nor does a live chart's signature open a pin.
    const moved = await signed.request(
      path(pin.links.svgUrl).replace(`/embed/pins/${pin.id}`, `/embed/benchmarks/${ID}`),
    );
    expect(ErrorSchema.parse(await moved.json()).error.code).toBe("SIGNATURE_INVALID");
  });
});
