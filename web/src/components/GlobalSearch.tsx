import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useLocation } from "wouter";
import type { SearchResult } from "../../../contracts/search";
import { useSearch } from "../hooks/useSearch";
import { directionArrow, formatDate, metricLabel, plural } from "../lib/format";
import { isTyping } from "../lib/useQueryParams";
import { tex } from "../lib/tex";

interface Option {
  key: string;
  href: string;
  label: string;
  detail: string;
}

const GROUPS: { key: keyof Omit<SearchResult, "q">; title: string; options: (r: SearchResult) => Option[] }[] = [
  {
    key: "benchmarks",
    title: "Benchmarks",
    options: (r) =>
      r.benchmarks.map((b) => ({
        key: `b${b.id}`,
        href: `/benchmarks/${encodeURIComponent(b.id)}`,
        label: `${b.dataset} · ${metricLabel(b.metric)}${b.setting ? ` · ${b.setting}` : ""} ${directionArrow(b.direction)}`,
        detail: plural(b.claimCount, "claim"),
      })),
  },
  {
    key: "subjects",
    title: "Models and methods",
    options: (r) =>
      r.subjects.map((s) => ({
        key: `s${s.id}`,
        href: `/subjects/${s.id}`,
        label: s.name,
        detail: `${s.matchedAlias ? `also written “${s.matchedAlias}” · ` : ""}${plural(s.claimCount, "claim")}${s.benchmarkCount ? ` on ${plural(s.benchmarkCount, "benchmark")}` : ", none on a benchmark"}`,
      })),
  },
  {
    key: "datasets",
    title: "Datasets",
    options: (r) =>
      r.datasets.map((d) => ({
        key: `d${d.id}`,
        href: `/benchmarks?dataset=${encodeURIComponent(d.name)}`,
        label: d.name,
        detail: `${plural(d.benchmarkCount, "benchmark")} · ${plural(d.claimCount, "claim")}`,
      })),
  },
  {
    key: "metrics",
    title: "Metrics",
    options: (r) =>
      r.metrics.map((m) => ({
        key: `m${m.name}`,
        href: `/benchmarks?metric=${encodeURIComponent(m.name)}`,
        label: `${metricLabel(m.name)} ${directionArrow(m.direction)}`,
        detail: `${plural(m.benchmarkCount, "benchmark")} · ${plural(m.claimCount, "claim")}`,
      })),
  },
  {
    key: "papers",
    title: "Papers",
    options: (r) =>
      r.papers.map((p) => ({
        key: `p${p.id}`,
        href: `/papers/${p.id}`,
        label: tex(p.title),
        detail: `${formatDate(p.date)} · ${plural(p.claimCount, "claim")}`,
      })),
  },
];

/**
 * The one search box: `/` focuses it from anywhere on the page, arrows move through the results,
 * Enter opens the highlighted one (or the first), Escape clears. The query is kept in the URL.
 */
export function GlobalSearch({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  const [active, setActive] = useState(-1);
  const [, navigate] = useLocation();
  const search = useSearch(committed, 5);
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => setText(value), [value]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only typing schedules a commit; a new `value` from the URL must not
  useEffect(() => {
    const timer = setTimeout(() => {
      setCommitted(text);
      if (text.trim() !== value.trim()) latest.current(text);
    }, 150);
    return () => clearTimeout(timer);
    // `value` is deliberately left out: only typing schedules a commit.
  }, [text]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "/" && !isTyping(e) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const data = committed.trim() ? search.data : undefined;
  const groups = useMemo(
    () => (data ? GROUPS.map((g) => ({ ...g, items: g.options(data) })).filter((g) => g.items.length > 0) : []),
    [data],
  );
  const flat = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new results reset the highlighted option
  useEffect(() => setActive(-1), [data]);

  const open = (o: Option | undefined) => {
    if (o) navigate(o.href);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((i) => (flat.length === 0 ? -1 : (i + 1) % flat.length));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => (flat.length === 0 ? -1 : i <= 0 ? flat.length - 1 : i - 1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      open(flat[active] ?? flat[0]);
    } else if (e.key === "Escape") {
      setText("");
    }
  };

  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = committed.trim().length > 0;
  let index = -1;
  return (
    <div className="global-search">
      <label htmlFor={id} className="global-search-label">
        Search papers, models, datasets, metrics and benchmarks
      </label>
      <div className="global-search-box">
        <input
          ref={inputRef}
          id={id}
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. ImageNet FID, LLaMA, diffusion"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a kbd is not focusable; the hint below says the same in words */}
        <kbd className="key-hint" aria-hidden="true">
          /
        </kbd>
      </div>
      <p id={`${id}-hint`} className="muted small">
        Press <kbd>/</kbd> to search from anywhere on this page, <kbd>↑</kbd> <kbd>↓</kbd> to pick a result,{" "}
        <kbd>Enter</kbd> to open it.
      </p>
      <div id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!expanded}>
        {expanded && search.isError && (
          <p className="status status-error" role="alert">
            Search failed: {search.error.message}
          </p>
        )}
        {expanded && search.isPending && <p className="muted small">Searching…</p>}
        {expanded && data && flat.length === 0 && <p className="status status-empty">Nothing matches “{data.q}”.</p>}
        {groups.map((g) => (
          <div key={g.key} role="group" aria-labelledby={`${id}-${g.key}`} className="search-group">
            <div id={`${id}-${g.key}`} className="search-group-title">
              {g.title}
            </div>
            {g.items.map((o) => {
              index++;
              const i = index;
              return (
                <div
                  key={o.key}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? "search-option active" : "search-option"}
                  onMouseEnter={() => setActive(i)}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => open(o)}
                >
                  <span className="search-option-label">{o.label}</span>
                  <span className="search-option-detail muted">{o.detail}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
