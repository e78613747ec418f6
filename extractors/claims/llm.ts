/**
 * Optional LLM-backed extractor over an OpenAI-compatible `/v1/chat/completions` endpoint.
 * The model returns claims as JSON; each evidence is located in the abstract to fill
 * start/end (claims whose evidence is not found are dropped) and validated with ClaimSchema.
 * Nothing here runs unless configured (config/extractor.ts picks the rule extractor otherwise).
 */
import { z } from "zod";
import { ClaimSchema, type Claim, type ClaimExtractor, type PaperText } from "../types.js";
import { METRIC_FAMILIES } from "../metrics.js";
import { escapeRegExp } from "../regex-escape.js";

export interface LlmExtractorOptions {
  /** Base URL of the server, with or without a trailing `/v1`. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  fetch?: typeof globalThis.fetch;
  /** Abort the request after this many milliseconds (default 60 s). */
  timeoutMs?: number;
}

const FIELD_RULES = `A claim is a number the abstract reports as a measured outcome of a system (the proposed method or a named baseline): a score on a metric, a change against something, a multiplicative factor, or a resource cost presented as a result.
Not claims: dataset sizes, counts of tasks/benchmarks/GPUs, bit-widths and resolutions used as settings, model sizes inside names ("LLaMA 7B"), years, citations, enumerations, versions, complexity notation, hyperparameters, motivation figures about the field. Number words count only when they are results: "half"/"halving" = 0.5 x ratio, "double"/"doubling"/"twice" = 2 x ratio, "tripling" = 3. A range "2-5%" gives two claims: at_least 2 and up_to 5.
Fields:
- value: the number as written (4.86 for "4.86x", 53.3 for "53.3\\%", 1.2 for "1.2M"); negative only if written so.
- unit: one of "%", "x" (factor, also "times"), "pp" (only when written "points"), "K","M","B","T", "ms","s","min","h","days", "KB","MB","GB","TB", "tokens/s", "FPS", "dB", or null.
- metric: canonical lowercase name from: ${METRIC_FAMILIES.join(", ")}; "score" when the metric is not named.
- kind: "absolute" (a level), "delta" (a change against a baseline), "ratio" (a multiplicative factor or a fraction of a baseline).
- qualifier: "exact", "up_to", "average", "at_least", "more_than", "less_than", "approx".
- subject: the system the number is about (the method's name from the title when the abstract says "our method"), or null.
- dataset: the benchmark or dataset as written, or null.
- baseline: for delta/ratio, what it is compared against, or null.
- condition: a setting that qualifies the number (hardware, bit-width, zero-shot), or null.
- evidence: the shortest EXACT substring of the abstract holding the number and its metric.`;

function buildMessages(paper: PaperText) {
  return [
    {
      role: "system",
      content: `You extract benchmark claims from ML paper abstracts.\n${FIELD_RULES}\nAnswer with JSON only: {"claims": [ {value, unit, metric, kind, qualifier, subject, dataset, baseline, condition, evidence}, ... ]}.`,
    },
    { role: "user", content: `Title: ${paper.title}\n\nAbstract:\n${paper.abstract}` },
  ];
}

const ChatResponseSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

const LlmClaimSchema = ClaimSchema.omit({ start: true, end: true, confidence: true }).extend({
  confidence: z.number().min(0).max(1).optional(),
});

function completionsUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, "");
  return /\/v1$/.test(trimmed) ? `${trimmed}/chat/completions` : `${trimmed}/v1/chat/completions`;
}

/** The JSON object in a model answer, tolerating a ```json fence around it. */
function parseAnswer(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content);
  const body = (fenced ? (fenced[1] ?? "") : content).trim();
  try {
    return JSON.parse(body);
  } catch {
    throw new Error(`LLM extractor: the model answer is not valid JSON: ${body.slice(0, 200)}`);
  }
}

/** Where `evidence` occurs in the abstract: exact first, then ignoring case and spacing. */
function locateEvidence(abstract: string, evidence: string): [number, number] | null {
  if (!evidence) return null;
  const at = abstract.indexOf(evidence);
  if (at >= 0) return [at, at + evidence.length];
  const words = evidence.trim().split(/\s+/).filter(Boolean).slice(0, 60);
  if (words.length === 0) return null;
  const re = new RegExp(words.map((w) => escapeRegExp(w)).join("\\s+"), "i");
  const mt = re.exec(abstract);
  return mt ? [mt.index, mt.index + mt[0].length] : null;
}

export function createLlmExtractor(options: LlmExtractorOptions): ClaimExtractor {
  const doFetch = options.fetch ?? globalThis.fetch;
  const url = completionsUrl(options.baseUrl);
  return {
    name: `llm:${options.model}`,
    version: "1.0.0",
    async extract(paper: PaperText): Promise<Claim[]> {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
      let res: Response;
      try {
        res = await doFetch(url, {
          method: "POST",
          headers,
          body: JSON.stringify({
            model: options.model,
            messages: buildMessages(paper),
            temperature: 0,
            response_format: { type: "json_object" },
          }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
        });
      } catch (err) {
        throw new Error(`LLM extractor: request to ${url} failed: ${(err as Error).message}`);
      }
      if (!res.ok) {
        const text = await res.text().catch(() => "");
        throw new Error(`LLM extractor: ${url} answered HTTP ${res.status}: ${text.slice(0, 200)}`);
      }
      let payload: unknown;
      try {
        payload = await res.json();
      } catch {
        throw new Error(`LLM extractor: ${url} did not return JSON`);
      }
      const chat = ChatResponseSchema.safeParse(payload);
      if (!chat.success) throw new Error(`LLM extractor: unexpected response shape from ${url}: ${chat.error.message}`);
      const answer = parseAnswer(chat.data.choices[0]?.message.content ?? "");
      const list = Array.isArray(answer) ? answer : (answer as { claims?: unknown })?.claims;
      if (!Array.isArray(list)) throw new Error('LLM extractor: the model answer has no "claims" array');
      const claims: Claim[] = [];
      for (const raw of list) {
        const parsed = LlmClaimSchema.safeParse(raw);
        if (!parsed.success) continue;
        const span = locateEvidence(paper.abstract, parsed.data.evidence);
        if (!span) continue;
        const claim = ClaimSchema.safeParse({
          ...parsed.data,
          evidence: paper.abstract.slice(span[0], span[1]),
          start: span[0],
          end: span[1],
          confidence: parsed.data.confidence ?? 0.7,
        });
        if (claim.success) claims.push(claim.data);
      }
      return claims;
    },
  };
}
