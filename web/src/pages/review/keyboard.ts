import { type Dispatch, type SetStateAction, useEffect, useRef } from "react";
import type { ClaimOut } from "../../../../contracts/claims";
import type { Flag } from "../../../../contracts/flags";
import { isTyping } from "../../lib/useQueryParams";

/** The help panel's list; each key here has its case in useReviewKeys. */
export const SHORTCUTS: [string, string][] = [
  ["j / k", "next / previous flag"],
  ["h / l", "previous / next claim of the flag"],
  ["a", "accept the selected claim as correct"],
  ["r", "reject the selected claim as not a claim"],
  ["e", "correct the selected claim's value"],
  ["s", "resolve the flag (handled)"],
  ["d", "dismiss the flag (not a problem)"],
  ["?", "show or hide this help"],
];

export interface ReviewKeyTargets {
  items: readonly Flag[];
  selected: Flag | undefined;
  selectedClaim: ClaimOut | undefined;
  setSel: Dispatch<SetStateAction<number>>;
  setCsel: Dispatch<SetStateAction<number>>;
  setEditing: Dispatch<SetStateAction<number | null>>;
  setHelp: Dispatch<SetStateAction<boolean>>;
  accept: (f: Flag, c: ClaimOut) => unknown;
  reject: (f: Flag, c: ClaimOut) => unknown;
  resolve: (f: Flag, to: "resolved" | "dismissed") => unknown;
}

/**
 * One window listener for the page's lifetime; it reads the latest render's state through a ref, so
 * selecting a flag does not re-register it.
 */
export function useReviewKeys(targets: ReviewKeyTargets): void {
  const latest = useRef(targets);
  latest.current = targets;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      const { items, selected, selectedClaim, setSel, setCsel, setEditing, setHelp, ...h } = latest.current;
      switch (e.key) {
        case "j":
          setSel((i) => Math.min(items.length - 1, i + 1));
          setCsel(0);
          break;
        case "k":
          setSel((i) => Math.max(0, i - 1));
          setCsel(0);
          break;
        case "l":
          setCsel((i) => Math.min((selected?.claims.length ?? 1) - 1, i + 1));
          break;
        case "h":
          setCsel((i) => Math.max(0, i - 1));
          break;
        case "a":
          if (selected && selectedClaim) void h.accept(selected, selectedClaim);
          break;
        case "r":
          if (selected && selectedClaim) void h.reject(selected, selectedClaim);
          break;
        case "e":
          if (selectedClaim) setEditing(selectedClaim.id);
          e.preventDefault();
          break;
        case "s":
          if (selected) void h.resolve(selected, "resolved");
          break;
        case "d":
          if (selected) void h.resolve(selected, "dismissed");
          break;
        case "?":
          setHelp((v) => !v);
          break;
        case "Escape":
          setHelp(false);
          setEditing(null);
          break;
        default:
          return;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
