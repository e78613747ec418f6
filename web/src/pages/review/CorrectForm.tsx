import { useEffect, useRef, useState } from "react";
import type { ClaimOut } from "../../../../contracts/claims";

export function CorrectForm({
  claim,
  busy,
  onCancel,
  onSave,
}: {
  claim: ClaimOut;
  busy: boolean;
  onCancel: () => void;
  onSave: (value: number) => void;
}) {
  const [text, setText] = useState(claim.valueText ?? String(claim.value));
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const value = Number(text.replace(/,/g, "").trim());
  const valid = text.trim() !== "" && Number.isFinite(value);
  return (
    <form
      className="correct-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSave(value);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <label>
        Corrected value{claim.unit ? ` (${claim.unit})` : ""}
        <input
          ref={inputRef}
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!valid}
        />
      </label>
      {!valid && <span className="message-error small">Enter a number, e.g. 2.27</span>}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={!valid || busy}>
          Save correction
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
