import { plural } from "../lib/format";

export function LoadMore({
  hasMore,
  loading,
  onClick,
  shown,
  noun,
}: {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
  shown: number;
  noun: string;
}) {
  return (
    <div className="load-more">
      <span className="muted small">{`Showing ${plural(shown, noun)}${hasMore ? "" : " (all)"}`}</span>
      {hasMore && (
        <button type="button" className="button" onClick={onClick} disabled={loading}>
          {loading ? "Loading…" : "Show more"}
        </button>
      )}
    </div>
  );
}
