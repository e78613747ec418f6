import { useId } from "react";
import type { Tier } from "../../../contracts/provenance";
import { TIER_ORDER, TIER_WORDS } from "../lib/tiers";

/** Where a number comes from, as a small badge whose meaning shows on hover and on keyboard focus. */
export function TierBadge({ tier }: { tier: Tier }) {
  const tipId = useId();
  const w = TIER_WORDS[tier];
  return (
    <span className="tier-badge-wrap">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can open its tooltip */}
      <span className={`tier-badge tier-${tier}`} tabIndex={0} aria-describedby={tipId} data-tier={tier}>
        {w.short}
      </span>
      <span role="tooltip" id={tipId} className="flag-tip">
        {w.label}: {w.explanation}
      </span>
    </span>
  );
}

/** Checkboxes for the tiers a board shows; none ticked is every tier. */
export function TierFilter({ selected, onChange }: { selected: readonly Tier[]; onChange: (tiers: Tier[]) => void }) {
  const toggle = (t: Tier, on: boolean) => onChange(TIER_ORDER.filter((x) => (x === t ? on : selected.includes(x))));
  return (
    <fieldset className="tier-filter">
      <legend className="small">Provenance</legend>
      {TIER_ORDER.map((t) => (
        <label key={t} className="small" title={TIER_WORDS[t].explanation}>
          <input type="checkbox" checked={selected.includes(t)} onChange={(ev) => toggle(t, ev.target.checked)} />{" "}
          {TIER_WORDS[t].label}
        </label>
      ))}
      {selected.length > 0 && (
        <button type="button" className="link-button small" onClick={() => onChange([])}>
          every tier
        </button>
      )}
    </fieldset>
  );
}
