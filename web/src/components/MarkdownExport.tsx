import { useRef, useState } from "react";
import type { LeaderboardQuery } from "../../../contracts/benchmarks";
import { useBoardMarkdown } from "../hooks/useBoardMarkdown";
import { copyText } from "./EmbedButton";

/** "Copy as Markdown": the board as shown (same filters) as a Markdown table for a wiki, and a link to the file. */
export function MarkdownExport({ benchmarkId, filter }: { benchmarkId: string; filter: LeaderboardQuery }) {
  const md = useBoardMarkdown(benchmarkId, filter);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");
  const query = new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  ).toString();
  const href = `/api/benchmarks/${encodeURIComponent(benchmarkId)}/export.md${query ? `?${query}` : ""}`;
  const copy = async () => {
    setStatus("");
    try {
      const text = await md.mutateAsync();
      const copied = await copyText(text, fieldRef.current);
      setStatus(
        copied
          ? `Copied a Markdown table of ${text.split("\n").filter((l) => l.startsWith("| ")).length - 2} rows.`
          : "Could not copy: select the text below.",
      );
    } catch (err) {
      setStatus(`Could not get the table: ${(err as Error).message}`);
    }
  };
  return (
    <p className="markdown-export small">
      <button type="button" className="link-button" onClick={() => void copy()} disabled={md.isPending}>
        Copy as Markdown
      </button>{" "}
      <a href={href} target="_blank" rel="noreferrer">
        open .md
      </a>
      <span role="status" className="muted">
        {" "}
        {status}
      </span>
      {md.data !== undefined && (
        <textarea
          ref={fieldRef}
          className="markdown-text"
          readOnly
          value={md.data}
          aria-label="Markdown table"
          rows={4}
        />
      )}
    </p>
  );
}
