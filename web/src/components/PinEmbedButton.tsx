import { useId } from "react";
import { usePinEmbed } from "../hooks/usePinEmbed";
import { useToken } from "../lib/token";

/**
 * "Pin this view": stores what the chart shows now (or as of the page's day) and gives links that keep
 * showing exactly that, for a wiki page that cites a state. Pinning writes, so it needs a reviewer token.
 */
export function PinEmbedButton({ benchmarkId, asOf }: { benchmarkId: string; asOf: string | undefined }) {
  const pin = usePinEmbed();
  const token = useToken();
  const iframeId = useId();
  const markdownId = useId();
  const links = pin.data?.links;
  return (
    <div className="pin-embed">
      <button
        type="button"
        className="button"
        disabled={!token || pin.isPending}
        onClick={() => pin.mutate({ benchmarkId, ...(asOf ? { asOf } : {}) })}
      >
        {pin.isPending ? "Pinning…" : asOf ? `Pin this view (as of ${asOf})` : "Pin this view"}
      </button>
      {!token && (
        <span className="muted small">
          {" "}
          Pinning stores a snapshot, so it needs a reviewer token (set one on the Review page).
        </span>
      )}
      {pin.isError && (
        <p className="error small" role="alert">
          Could not pin: {pin.error.message}
        </p>
      )}
      {links && pin.data && (
        <div className="pinned-links" role="status">
          <p className="small">
            Pinned <code>{pin.data.id}</code>
            {pin.data.asOf
              ? ` (the board as of ${pin.data.asOf})`
              : ` (data as of ${pin.data.dataVersion.slice(0, 10)})`}
            : these links never change, whatever arrives later.{" "}
            <a href={links.url} target="_blank" rel="noopener noreferrer">
              Open the pinned embed
            </a>
          </p>
          <label htmlFor={iframeId} className="small">
            HTML (iframe)
          </label>
          <textarea id={iframeId} readOnly rows={2} value={links.iframe} onFocus={(e) => e.currentTarget.select()} />
          <label htmlFor={markdownId} className="small">
            Markdown image
          </label>
          <textarea
            id={markdownId}
            readOnly
            rows={2}
            value={links.markdown}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
