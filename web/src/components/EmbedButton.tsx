import { useCallback, useEffect, useId, useRef, useState } from "react";

export interface EmbedSnippets {
  /** HTML for Confluence, Notion, MediaWiki (with an iframe extension), any page. */
  iframe: string;
  /** An image for GitHub READMEs and Markdown wikis, linking to the full page. */
  markdown: string;
  /** The oEmbed endpoint for the page, for tools that discover embeds themselves. */
  oembed: string;
}

/**
 * Copy-ready embed snippets of a benchmark. Only the id (a URL-safe slug, encoded anyway) and the
 * origin go into them, no text from papers, so there is nothing to escape.
 */
export function embedSnippets(origin: string, benchmarkId: string): EmbedSnippets {
  const id = encodeURIComponent(benchmarkId);
  const page = `${origin}/benchmarks/${id}`;
  const embed = `${origin}/embed/benchmarks/${id}`;
  return {
    iframe: `<iframe src="${embed}" width="800" height="630" title="Claimboard chart" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    markdown: `[![Claimboard chart](${embed}.svg)](${page})`,
    oembed: `${origin}/api/oembed?format=json&url=${encodeURIComponent(page)}`,
  };
}

/** navigator.clipboard where allowed (secure contexts), else a selected textarea and execCommand. */
export async function copyText(text: string, fallbackField?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: fall through to the old way.
  }
  if (!fallbackField) return false;
  fallbackField.focus();
  fallbackField.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

const FIELDS: { key: keyof EmbedSnippets; label: string; hint: string }[] = [
  { key: "iframe", label: "HTML (iframe)", hint: "Confluence, Notion, MediaWiki, any web page" },
  { key: "markdown", label: "Markdown image", hint: "GitHub READMEs, Markdown wikis, slides" },
  { key: "oembed", label: "oEmbed URL", hint: "tools that discover embeds; most only need the page's own URL" },
];

/** "Embed" button: opens a modal dialog with the snippets, each with a Copy button. */
export function EmbedButton({ benchmarkId }: { benchmarkId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const snippets = embedSnippets(origin, benchmarkId);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // A modal <dialog> keeps focus inside it, makes the page behind inert and closes on Escape.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    setStatus("");
    openerRef.current?.focus();
  }, []);

  return (
    <>
      <button ref={openerRef} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Embed
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        className="embed-dialog"
        style={{ maxWidth: "min(44rem, 94vw)", padding: "1rem 1.25rem", borderRadius: 8 }}
        onClose={close}
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
        onKeyDown={(e) => {
          // Escape closes even where the browser does not do it for <dialog>.
          if (e.key === "Escape") {
            e.preventDefault();
            close();
          }
        }}
      >
        <h2 id={titleId} style={{ marginTop: 0 }}>
          Embed this chart
        </h2>
        {open &&
          FIELDS.map((f) => (
            <SnippetField
              key={f.key}
              label={f.label}
              hint={f.hint}
              value={snippets[f.key]}
              onCopied={(ok) =>
                setStatus(ok ? `${f.label} copied` : `Could not copy; select the ${f.label} text and copy it`)
              }
            />
          ))}
        <p role="status" aria-live="polite" style={{ minHeight: "1.4em", margin: "0.5rem 0" }}>
          {status}
        </p>
        <div style={{ display: "flex", justifyContent: "flex-end" }}>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}

function SnippetField({
  label,
  hint,
  value,
  onCopied,
}: {
  label: string;
  hint: string;
  value: string;
  onCopied: (ok: boolean) => void;
}) {
  const id = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  return (
    <div style={{ marginBottom: "0.75rem" }}>
      <label htmlFor={id} style={{ display: "block", fontWeight: 600 }}>
        {label} <span style={{ fontWeight: 400, opacity: 0.75 }}>· {hint}</span>
      </label>
      <div style={{ display: "flex", gap: "0.5rem", alignItems: "stretch" }}>
        <textarea
          ref={fieldRef}
          id={id}
          readOnly
          rows={2}
          value={value}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1, fontFamily: "var(--mono, monospace)", fontSize: "0.8rem", resize: "vertical" }}
        />
        <button
          type="button"
          className="button"
          aria-label={`Copy ${label}`}
          onClick={async () => onCopied(await copyText(value, fieldRef.current))}
        >
          Copy
        </button>
      </div>
    </div>
  );
}
