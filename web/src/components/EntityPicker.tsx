import { useEffect, useId, useState } from "react";
import type { EntityType } from "../../../api/schemas/entities";
import { useEntitySearch } from "../hooks/useEntitySearch";
import { plural } from "../lib/format";

export interface PickedEntity {
  id: number;
  name: string;
  claimCount: number;
}

/** Search-as-you-type for a subject, dataset or metric (as SubjectPicker): arrows pick, Enter or a click chooses. */
export function EntityPicker({ type, label, exclude, onPick }: { type: EntityType; label: string; exclude: readonly number[]; onPick: (e: PickedEntity) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const [active, setActive] = useState(0);
  useEffect(() => {
    const t = setTimeout(() => setQ(text), 150);
    return () => clearTimeout(t);
  }, [text]);
  const query = useEntitySearch(type, q);
  const open = q.trim().length > 0;
  const options = open ? (query.data?.items ?? []).filter((e) => !exclude.includes(e.id)) : [];
  useEffect(() => setActive(0), [query.data]);
  const pick = (e: PickedEntity | undefined) => {
    if (!e) return;
    onPick(e);
    setText("");
    setQ("");
  };
  const listId = `${id}-list`;
  return (
    <div className="subject-picker entity-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-o${active}` : undefined}
        value={text}
        placeholder={`type part of a ${type} name`}
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
      <ul id={listId} role="listbox" aria-label={`Matching ${type}s`} className="picker-options" hidden={!open}>
        {open && query.isError && <li className="status-error">Could not search: {query.error.message}</li>}
        {open && query.data && options.length === 0 && <li className="muted">No {type} matches “{q}”.</li>}
        {options.map((e, i) => (
          <li
            key={e.id}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "search-option active" : "search-option"}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(ev) => ev.preventDefault()}
            onClick={() => pick(e)}
          >
            <span className="search-option-label">{e.name}</span>
            <span className="search-option-detail muted">
              #{e.id} · {plural(e.claimCount, "claim")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
