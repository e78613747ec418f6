import { useEffect, useId, useRef, useState } from "react";

export interface SearchBoxProps {
  label: string;
  /** The committed value (from the URL). */
  value: string;
  /** Called with the new value once typing pauses. */
  onSearch: (value: string) => void;
  placeholder?: string;
  delayMs?: number;
  /** Values offered as the user types (a datalist); any other value is still accepted. */
  suggestions?: readonly string[];
}

/** A labelled search input that commits after a short pause, so the URL is not rewritten per keystroke. */
export function SearchBox({ label, value, onSearch, placeholder, delayMs = 250, suggestions }: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-suggestions`;
  const [text, setText] = useState(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  // The URL changed from elsewhere (back button, a link): show what it holds.
  useEffect(() => setText(value), [value]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only typing schedules a commit; a new `value` from the URL must not
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => latest.current(text), delayMs);
    return () => clearTimeout(timer);
    // `value` is deliberately left out: only typing should schedule a commit.
  }, [text, delayMs]);

  return (
    <div className="search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        list={suggestions ? listId : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") latest.current(text);
        }}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  );
}
