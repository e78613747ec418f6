import { useEffect, useId, useState } from "react";
import type { SubjectSummary } from "../../../api/schemas/subjects";
import { useSubjects } from "../hooks/useSubjects";
import { plural } from "../lib/format";

/** Search-as-you-type for a subject: arrows pick, Enter adds. */
export function SubjectPicker({ onPick, exclude, disabled }: { onPick: (s: SubjectSummary) => void; exclude: readonly number[]; disabled?: boolean }) {
  const id = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const [active, setActive] = useState(0);
  useEffect(() => {
    const t = setTimeout(() => setQ(text), 150);
    return () => clearTimeout(t);
  }, [text]);
  const query = useSubjects(q, 8, q.trim().length > 0);
  const options = q.trim() ? (query.data?.items ?? []).filter((s) => !exclude.includes(s.id)) : [];
  useEffect(() => setActive(0), [query.data]);
  const pick = (s: SubjectSummary | undefined) => {
    if (!s) return;
    onPick(s);
    setText("");
    setQ("");
  };
  const listId = `${id}-list`;
  const open = q.trim().length > 0;
  return (
    <div className="subject-picker">
      <label htmlFor={id}>Add a model or method</label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-o${active}` : undefined}
        value={text}
        disabled={disabled}
        placeholder={disabled ? "five subjects at most" : "type a name, e.g. LLaMA"}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => Math.min(options.length - 1, i + 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === "Enter") {
            e.preventDefault();
            pick(options[active]);
          } else if (e.key === "Escape") setText("");
        }}
      />
      <ul id={listId} role="listbox" aria-label="Matching subjects" className="picker-options" hidden={!open}>
        {open && query.isError && <li className="status-error">Could not search: {query.error.message}</li>}
        {open && query.data && options.length === 0 && <li className="muted">No subject matches “{q}”.</li>}
        {options.map((s, i) => (
          <li
            key={s.id}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "search-option active" : "search-option"}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(s)}
          >
            <span className="search-option-label">{s.name}</span>
            <span className="search-option-detail muted">
              {plural(s.claimCount, "claim")} · {plural(s.benchmarkCount, "benchmark")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
