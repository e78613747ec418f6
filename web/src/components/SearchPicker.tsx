import { useEffect, useId, useState, type ReactNode } from "react";

/** The typed text and the query it settles into 150 ms after the last key. */
export function usePickerText() {
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setQ(text), 150);
    return () => clearTimeout(t);
  }, [text]);
  return {
    text,
    setText,
    q,
    clear: () => {
      setText("");
      setQ("");
    },
  };
}
type PickerText = ReturnType<typeof usePickerText>;

interface Props<T extends { id: number; name: string }> {
  picker: PickerText;
  /** The search for `picker.q`: its items, or its error. */
  query: { data?: { items: T[] } | undefined; isError: boolean; error: Error | null };
  label: string;
  /** "subject", "dataset": for the list's label and its "no match" line. */
  noun: string;
  placeholder: string;
  exclude: readonly number[];
  disabled?: boolean;
  className?: string;
  detail: (item: T) => ReactNode;
  onPick: (item: T) => void;
}

/** Search-as-you-type combobox: arrows move, Enter or a click picks, Escape clears. */
export function SearchPicker<T extends { id: number; name: string }>({
  picker,
  query,
  label,
  noun,
  placeholder,
  exclude,
  disabled,
  className,
  detail,
  onPick,
}: Props<T>) {
  const id = useId();
  const [active, setActive] = useState(0);
  const open = picker.q.trim().length > 0;
  const options = open ? (query.data?.items ?? []).filter((item) => !exclude.includes(item.id)) : [];
  // biome-ignore lint/correctness/useExhaustiveDependencies: new results reset the highlighted option
  useEffect(() => setActive(0), [query.data]);
  const pick = (item: T | undefined) => {
    if (!item) return;
    onPick(item);
    picker.clear();
  };
  const listId = `${id}-list`;
  return (
    <div className={className ?? "subject-picker"}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-o${active}` : undefined}
        value={picker.text}
        disabled={disabled}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => picker.setText(e.target.value)}
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
          } else if (e.key === "Escape") picker.setText("");
        }}
      />
      <ul id={listId} role="listbox" aria-label={`Matching ${noun}s`} className="picker-options" hidden={!open}>
        {open && query.isError && <li className="status-error">Could not search: {query.error?.message}</li>}
        {open && query.data && options.length === 0 && (
          <li className="muted">
            No {noun} matches “{picker.q}”.
          </li>
        )}
        {options.map((item, i) => (
          <li
            key={item.id}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "search-option active" : "search-option"}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(ev) => ev.preventDefault()}
            onClick={() => pick(item)}
          >
            <span className="search-option-label">{item.name}</span>
            <span className="search-option-detail muted">{detail(item)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
