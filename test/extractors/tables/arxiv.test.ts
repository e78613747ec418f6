import { describe, expect, it } from "vitest";
import { arxivIdOf, parseArxivAtom, parseArxivSnapshot } from "../../../extractors/tables/arxiv.js";
import { PaperSchema } from "../../../extractors/types.js";

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <link href="http://arxiv.org/api/query?search_query=all:bert" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: search_query=all:bert</title>
  <id>http://arxiv.org/api/cHxbiOdZaP56ODnBPIenZhzg5f8</id>
  <updated>2024-01-10T00:00:00-05:00</updated>
  <opensearch:totalResults>2</opensearch:totalResults>
  <entry>
    <id>http://arxiv.org/abs/2401.01234v2</id>
    <updated>2024-01-05T12:00:00Z</updated>
    <published>2024-01-02T18:00:00Z</published>
    <title>Scaling   Laws for
      Things &amp; Stuff: Caf&#233; Edition</title>
    <summary>  We show that
  X &lt; Y and reach 91.2% accuracy.
</summary>
    <author><name>Ada Lovelace</name></author>
    <author><name>Alan Turing</name></author>
    <arxiv:comment>10 pages</arxiv:comment>
    <link href="http://arxiv.org/abs/2401.01234v2" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/2401.01234v2" rel="related" type="application/pdf"/>
    <arxiv:primary_category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/hep-th/9901001v1</id>
    <updated>1999-01-01T00:00:00Z</updated>
    <published>1999-01-01T00:00:00Z</published>
    <title>An Old-Style Identifier</title>
    <summary><![CDATA[Raw <b>CDATA</b> text.]]></summary>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/2402.00001v1</id>
    <title>   </title>
  </entry>
</feed>`;

describe("arXiv Atom feed", () => {
  it("reads entries into papers", () => {
    const r = parseArxivAtom(FEED, "feed.xml");
    expect(r.papers).toEqual([
      {
        title: "Scaling Laws for Things & Stuff: Café Edition",
        abstract: "We show that X < Y and reach 91.2% accuracy.",
        date: "2024-01-02",
        url: "https://arxiv.org/abs/2401.01234",
        arxivId: "2401.01234",
        source: { file: "feed.xml", line: null },
      },
      {
        title: "An Old-Style Identifier",
        abstract: "Raw <b>CDATA</b> text.",
        date: "1999-01-01",
        url: "https://arxiv.org/abs/hep-th/9901001",
        arxivId: "hep-th/9901001",
        source: { file: "feed.xml", line: null },
      },
    ]);
    expect(r.problems).toEqual([{ line: null, reason: "entry without a title", where: "/feed/entry/2" }]);
    for (const p of r.papers) PaperSchema.parse(p);
  });

  it("reads a feed with a single entry and one with none", () => {
    const one = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/1706.03762v7</id><title>Attention Is All You Need</title><summary>x</summary><published>2017-06-12T17:57:34Z</published></entry></feed>`;
    expect(parseArxivAtom(one, "one.xml").papers.map((p) => [p.arxivId, p.date])).toEqual([
      ["1706.03762", "2017-06-12"],
    ]);
    expect(parseArxivAtom(`<feed xmlns="http://www.w3.org/2005/Atom"><title>empty</title></feed>`, "none.xml")).toEqual(
      { papers: [], problems: [] },
    );
  });

  it("reports an API error feed", () => {
    const err = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>`;
    const r = parseArxivAtom(err, "err.xml");
    expect(r.papers).toEqual([]);
    expect(r.problems[0]!.reason).toBe("arXiv API error: incorrect id format for 1234");
  });

  it("refuses a DOCTYPE, so the billion laughs never expand", () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
    const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY lol0 "lol">${lol}]><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>&lol9;</title><summary>&lol9;</summary></entry></feed>`;
    const t0 = performance.now();
    const r = parseArxivAtom(bomb, "bomb.xml");
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r).toEqual({ papers: [], problems: [{ line: null, reason: "DOCTYPE or ENTITY declaration refused" }] });
    // External entities (XXE) come in the same way.
    const xxe = `<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]><feed><entry><title>&x;</title></entry></feed>`;
    expect(parseArxivAtom(xxe, "xxe.xml").papers).toEqual([]);
  });

  it("leaves an undeclared entity as text", () => {
    const r = parseArxivAtom(
      `<feed><entry><id>http://arxiv.org/abs/2401.00001</id><title>A &lol9; B</title></entry></feed>`,
      "u.xml",
    );
    expect(r.papers[0]!.title).toBe("A &lol9; B");
  });

  it.each<[string, string]>([
    ["truncated", FEED.slice(0, FEED.length / 2)],
    ["not XML", "this is not xml"],
    ["mismatched tags", "<feed><entry><title>x</entry></feed>"],
  ])("reports %s XML as a problem", (_, xml) => {
    const r = parseArxivAtom(xml, "bad.xml");
    expect(r.papers).toEqual([]);
    expect(r.problems).toHaveLength(1);
  });

  it("reports a document without a feed", () => {
    expect(parseArxivAtom("<rss><channel/></rss>", "rss.xml").problems).toEqual([
      { line: null, reason: "no <feed> element" },
    ]);
  });
});

describe("arXiv metadata snapshot (JSON Lines)", () => {
  const line = (o: unknown) => JSON.stringify(o);
  const SNAPSHOT = [
    line({
      id: "0704.0001",
      submitter: "Pavel Nadolsky",
      authors: "C. Bal\\'azs, E. L. Berger",
      title: "Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies",
      abstract: "  A fully differential calculation in perturbative quantum chromodynamics is\npresented.\n",
      versions: [
        { version: "v1", created: "Mon, 2 Apr 2007 19:18:42 GMT" },
        { version: "v2", created: "Tue, 24 Jul 2007 20:10:27 GMT" },
      ],
      update_date: "2008-11-13",
      authors_parsed: [["Balázs", "C.", ""]],
    }),
    "",
    line({ id: "hep-th/9901001", title: "Old", abstract: "a", versions: [], update_date: "1999-01-04" }),
    '{"id": "0704.0003", "title": "Cut off in the mid',
    line({ id: "0704.0004", title: 42, abstract: "x" }),
    line({ id: "0704.0005", title: "   ", abstract: "x" }),
    "[1, 2]",
    line({ id: "0704.0006", title: "No date", abstract: null, versions: [{ version: "v1", created: "garbage" }] }),
  ].join("\r\n");

  it("reads one paper per line and one problem per bad line", () => {
    const r = parseArxivSnapshot(SNAPSHOT, "snapshot.jsonl");
    expect(r.papers).toEqual([
      {
        title: "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
        abstract: "A fully differential calculation in perturbative quantum chromodynamics is presented.",
        date: "2007-04-02",
        url: "https://arxiv.org/abs/0704.0001",
        arxivId: "0704.0001",
        source: { file: "snapshot.jsonl", line: 1 },
      },
      {
        title: "Old",
        abstract: "a",
        date: "1999-01-04",
        url: "https://arxiv.org/abs/hep-th/9901001",
        arxivId: "hep-th/9901001",
        source: { file: "snapshot.jsonl", line: 3 },
      },
      {
        title: "No date",
        abstract: "",
        date: null,
        url: "https://arxiv.org/abs/0704.0006",
        arxivId: "0704.0006",
        source: { file: "snapshot.jsonl", line: 8 },
      },
    ]);
    expect(r.problems.map((p) => [p.line, p.reason.replace(/:.*/, "")])).toEqual([
      [4, "not valid JSON (truncated)"],
      [5, "title"],
      [6, "title"],
      [7, "Invalid input"],
    ]);
  });

  it("is linear in the number of lines", () => {
    const one = line({
      id: "2401.00001",
      title: "T",
      abstract: "A ".repeat(500),
      versions: [{ version: "v1", created: "Mon, 1 Jan 2024 00:00:00 GMT" }],
    });
    // Ten times the lines must cost about ten times the time (a quadratic parser costs ~100x); a ratio
    // measured in the same run, so a loaded machine slows both sides alike.
    const timed = (n: number) => {
      const text = Array.from({ length: n }, () => one).join("\n");
      const t0 = performance.now();
      expect(parseArxivSnapshot(text, "big.jsonl").papers).toHaveLength(n);
      return performance.now() - t0;
    };
    timed(2_000);
    const small = Math.min(timed(2_000), timed(2_000));
    expect(timed(20_000) / small).toBeLessThan(30);
  });
});

describe("arxivIdOf", () => {
  it.each<[string, string | null]>([
    ["http://arxiv.org/abs/2401.01234v2", "2401.01234"],
    ["https://arxiv.org/pdf/1706.03762", "1706.03762"],
    ["0704.0001", "0704.0001"],
    ["hep-th/9901001v3", "hep-th/9901001"],
    ["math.GT/0309136", "math.GT/0309136"],
    ["http://example.com/abs/2401.01234", null],
  ])("%s", (input, id) => expect(arxivIdOf(input)).toBe(id));
});
