import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLlmExtractor } from "../../extractors/claims/llm.js";
import { ClaimSchema } from "../../extractors/types.js";

const paper = {
  title: "FlashDecoding++: Faster Large Language Model Inference on GPUs",
  abstract: "FlashDecoding++ can achieve up to 4.86x speedup on NVIDIA GPUs compared to Hugging Face implementations.",
};

const claim = (evidence: string) => ({
  value: 4.86,
  unit: "x",
  metric: "speedup",
  kind: "ratio",
  qualifier: "up_to",
  subject: "FlashDecoding++",
  dataset: null,
  baseline: "Hugging Face implementations",
  condition: "NVIDIA GPUs",
  evidence,
});

// What the fake server answers next: status and body.
let reply: { status: number; body: string } = { status: 200, body: "{}" };
let lastRequest: { url?: string; auth?: string; body?: unknown } = {};
const chat = (content: string) => JSON.stringify({ choices: [{ message: { role: "assistant", content } }] });

let server: Server;
let baseUrl = "";
beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => {
      lastRequest = { url: req.url, auth: req.headers.authorization, body: JSON.parse(data || "null") };
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("LLM extractor", () => {
  it("returns validated claims with offsets located in the abstract", async () => {
    reply = { status: 200, body: chat(JSON.stringify({ claims: [claim("up to 4.86x speedup")] })) };
    const ex = createLlmExtractor({ baseUrl, model: "test-model", apiKey: "k" });
    const claims = await ex.extract(paper);
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(ClaimSchema.parse(c)).toBeTruthy();
    expect(paper.abstract.slice(c.start, c.end)).toBe(c.evidence);
    expect(c.value).toBe(4.86);
    expect(lastRequest.url).toBe("/v1/chat/completions");
    expect(lastRequest.auth).toBe("Bearer k");
    expect(JSON.stringify(lastRequest.body)).toContain("test-model");
  });

  it("accepts a fenced JSON answer", async () => {
    reply = { status: 200, body: chat(`\`\`\`json\n${JSON.stringify({ claims: [claim("4.86x speedup")] })}\n\`\`\``) };
    const claims = await createLlmExtractor({ baseUrl: `${baseUrl}/v1`, model: "m" }).extract(paper);
    expect(claims.map((c) => c.evidence)).toEqual(["4.86x speedup"]);
  });

  it("throws a clear error on an invalid JSON answer", async () => {
    reply = { status: 200, body: chat("Sure! Here are the claims: 4.86x") };
    await expect(createLlmExtractor({ baseUrl, model: "m" }).extract(paper)).rejects.toThrow(/not valid JSON/);
  });

  it("throws a clear error on HTTP 500", async () => {
    reply = { status: 500, body: JSON.stringify({ error: "boom" }) };
    await expect(createLlmExtractor({ baseUrl, model: "m" }).extract(paper)).rejects.toThrow(/HTTP 500/);
  });

  it("drops claims whose evidence is not in the abstract", async () => {
    reply = {
      status: 200,
      body: chat(JSON.stringify({ claims: [claim("up to 9.99x speedup on TPUs"), claim("4.86x speedup")] })),
    };
    const claims = await createLlmExtractor({ baseUrl, model: "m" }).extract(paper);
    expect(claims.map((c) => c.evidence)).toEqual(["4.86x speedup"]);
  });
});
