import type { Tier } from "../../../contracts/provenance";

/** Each provenance tier in a few words, and what it means (shown on hover and focus). */
export const TIER_WORDS: Record<Tier, { label: string; short: string; explanation: string }> = {
  self: { label: "self-reported", short: "self", explanation: "The paper reports this number for its own system." },
  other_paper: {
    label: "another paper",
    short: "other paper",
    explanation: "A paper reports this number for a system that is not its own: a baseline it quotes or measured.",
  },
  imported: {
    label: "imported table",
    short: "table",
    explanation: "Imported from a leaderboard table (Papers with Code, a model card's model-index).",
  },
  reviewed: {
    label: "reviewed",
    short: "reviewed",
    explanation: "A person accepted or corrected this number, or entered it by hand.",
  },
};

/** The tiers in order, weakest independence first (as the API lists them). */
export const TIER_ORDER = Object.keys(TIER_WORDS) as Tier[];

/** The tiers of a `tier=` query value, in order; unknown words are dropped. */
export function tiersFromParam(value: string): Tier[] {
  const parts = value.split(",").map((p) => p.trim());
  return TIER_ORDER.filter((t) => parts.includes(t));
}
