import { useId, useState } from "react";
import { Link } from "wouter";
import type { BoardChanges as Changes } from "../../../contracts/history";
import { useBoardChanges } from "../hooks/useBoardChanges";
import { asOfParam } from "./AsOfControl";
import { LoadMore } from "./LoadMore";
import { Empty, ErrorMessage, Loading } from "./Status";

type Change = Changes["items"][number];

const KIND_WORDS: Record<Change["kind"], string> = {
  entry_added: "new claim",
  review: "review",
  identity: "merge / split",
  flag: "flag",
  source: "source",
};

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** The board's changes since a day: claims stored, reviews, merges and splits, flags; newest first. */
export function BoardChanges({ id }: { id: string }) {
  const inputId = useId();
  const [since, setSince] = useState(daysAgo(30));
  const changes = useBoardChanges(id, since);
  const items = changes.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="changes-heading" className="panel board-changes">
      <h2 id="changes-heading">Changes</h2>
      <p className="muted small">
        Claims stored on this board, reviews of its numbers (accepted, rejected, corrected), merges and splits that
        moved its claims, and flags resolved, each with when and by whom. Use “As of” on the leaderboard to see the
        board itself at a past day.
      </p>
      <p>
        <label htmlFor={inputId}>Since</label>{" "}
        <input id={inputId} type="date" value={since} onChange={(e) => setSince(asOfParam(e.target.value) ?? since)} />
      </p>
      {changes.isPending ? (
        <Loading label="Loading the changes…" />
      ) : changes.isError ? (
        <ErrorMessage what="the changes" error={changes.error} onRetry={() => void changes.refetch()} />
      ) : items.length === 0 ? (
        <Empty>Nothing changed on this board since {since}.</Empty>
      ) : (
        <>
          <ol className="change-list">
            {items.map((c) => (
              <li key={`${c.action}-${c.auditId ?? c.claimId}`} className={`change change-${c.kind}`}>
                <time dateTime={c.at} className="muted small nowrap">
                  {c.at.slice(0, 16).replace("T", " ")} UTC
                </time>{" "}
                <span className="pill change-kind">{KIND_WORDS[c.kind]}</span>{" "}
                <span className="change-summary">{c.summary}</span>
                {c.paper && (
                  <>
                    {" "}
                    <Link href={`/papers/${c.paper.id}`} className="small">
                      paper
                    </Link>
                  </>
                )}
                {(c.actor || c.note) && (
                  <div className="muted small">
                    {c.actor && <>by {c.actor}</>}
                    {c.note && <> · “{c.note}”</>}
                  </div>
                )}
              </li>
            ))}
          </ol>
          <LoadMore
            hasMore={changes.hasNextPage}
            loading={changes.isFetchingNextPage}
            onClick={() => void changes.fetchNextPage()}
            shown={items.length}
            noun="change"
          />
        </>
      )}
    </section>
  );
}
