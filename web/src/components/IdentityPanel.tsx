import { useId, useState } from "react";
import type { EntityEdit, EntityType } from "../../../contracts/entities";
import { isApiError } from "../api/client";
import { useEntityHistory } from "../hooks/useEntityHistory";
import { useEntitySpellings } from "../hooks/useEntitySpellings";
import { useMergeEntities } from "../hooks/useMergeEntities";
import { useSplitEntity } from "../hooks/useSplitEntity";
import { useUndoEntityEdit } from "../hooks/useUndoEntityEdit";
import { formatDate, plural } from "../lib/format";
import { useToken } from "../lib/token";
import { EntityPicker, type PickedEntity } from "./EntityPicker";

const WORD: Record<EntityType, string> = { subject: "model or method", dataset: "dataset", metric: "metric" };

function failure(err: unknown): string {
  if (isApiError(err)) {
    if (err.status === 401) return "The server did not accept the reviewer token.";
    if (err.status === 403) return "This token may not edit identities (it needs the reviewer role).";
    return `${err.message} (${err.code})`;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * A reviewer's identity tools for one subject, dataset or metric: merge another one into it (or it into
 * another), split chosen spellings out into a new one, and the history of such edits with Undo.
 * Shown only while a reviewer token is saved. A metric may be given by name (the benchmark page knows no id).
 */
export function IdentityPanel({
  type,
  entity,
  onMergedAway,
}: {
  type: EntityType;
  entity: { id: number } | { name: string };
  /** Called after this entity was merged into another (its page is gone): where to go instead. */
  onMergedAway?: (into: PickedEntity) => void;
}) {
  const token = useToken();
  const headingId = useId();
  const identity = useEntitySpellings(type, entity, token !== null);
  const id = identity.data?.id;
  const history = useEntityHistory(type, id, token !== null);
  const merge = useMergeEntities();
  const split = useSplitEntity();
  const undo = useUndoEntityEdit();
  const [target, setTarget] = useState<PickedEntity | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [newName, setNewName] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (token === null) return null;
  const word = WORD[type];
  const name = identity.data?.name ?? ("name" in entity ? entity.name : `#${"id" in entity ? entity.id : ""}`);
  const busy = merge.isPending || split.isPending || undo.isPending;

  const doMerge = (from: number, into: number, intoEntity: PickedEntity | null) => {
    setMessage(null);
    merge.mutate(
      { type, from, into },
      {
        onSuccess: (r) => {
          setTarget(null);
          setMessage({
            ok: true,
            text: `Merged: ${plural(r.claimsMoved, "claim")} and ${plural(r.aliasesMoved, "spelling")} moved.`,
          });
          if (intoEntity && from === id) onMergedAway?.(intoEntity);
        },
        onError: (err) => setMessage({ ok: false, text: `Could not merge: ${failure(err)}` }),
      },
    );
  };
  const doSplit = () => {
    if (id === undefined) return;
    setMessage(null);
    split.mutate(
      { type, id, spellings: chosen, ...(newName.trim() ? { name: newName.trim() } : {}) },
      {
        onSuccess: (r) => {
          setChosen([]);
          setNewName("");
          setMessage({
            ok: true,
            text: `Split out as “${r.created.name}” (#${r.created.id}): ${plural(r.claimsMoved, "claim")} moved.`,
          });
        },
        onError: (err) => setMessage({ ok: false, text: `Could not split: ${failure(err)}` }),
      },
    );
  };
  const doUndo = (edit: EntityEdit) => {
    setMessage(null);
    undo.mutate(
      { auditId: edit.auditId },
      {
        onSuccess: (r) =>
          setMessage({
            ok: true,
            text: `Undone: ${r.action} #${r.undone} (${plural(r.claimsMoved, "claim")} moved back).`,
          }),
        onError: (err) => setMessage({ ok: false, text: `Could not undo: ${failure(err)}` }),
      },
    );
  };

  return (
    <section className="panel identity-panel" aria-labelledby={headingId} data-entity-type={type}>
      <h2 id={headingId}>
        Identity of {word} “{name}”
      </h2>
      {identity.isError && (
        <p className="status status-error">Could not load its spellings: {failure(identity.error)}</p>
      )}
      {message && (
        <p
          className={message.ok ? "status identity-message" : "status status-error identity-message"}
          role={message.ok ? "status" : "alert"}
        >
          {message.text}
        </p>
      )}

      <div className="identity-merge">
        <h3>Merge</h3>
        <EntityPicker
          type={type}
          label={`Find another ${word} to merge with`}
          exclude={id === undefined ? [] : [id]}
          onPick={setTarget}
        />
        {target && id !== undefined && (
          <div className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => doMerge(target.id, id, null)}>
              Merge “{target.name}” into this {word}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => doMerge(id, target.id, target)}>
              Merge this into “{target.name}”
            </button>
            <button type="button" className="button" onClick={() => setTarget(null)}>
              Cancel
            </button>
          </div>
        )}
      </div>

      {identity.data && (
        <fieldset className="identity-split" disabled={busy}>
          <legend>Split spellings out into a new {word}</legend>
          {identity.data.spellings.length === 0 && <p className="muted small">No spellings recorded.</p>}
          <ul className="identity-spellings">
            {identity.data.spellings.map((s) => (
              <li key={s.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(s.key)}
                    onChange={(e) =>
                      setChosen((c) => (e.target.checked ? [...c, s.key] : c.filter((k) => k !== s.key)))
                    }
                  />{" "}
                  {s.spelling} <span className="muted small">({plural(s.claimCount, "claim")})</span>
                </label>
              </li>
            ))}
          </ul>
          <label className="identity-new-name">
            Name of the new {word} <span className="muted small">(optional)</span>{" "}
            <input type="text" value={newName} maxLength={300} onChange={(e) => setNewName(e.target.value)} />
          </label>
          <button type="button" className="button" disabled={chosen.length === 0 || busy} onClick={doSplit}>
            Split out {plural(chosen.length, "spelling")}
          </button>
        </fieldset>
      )}

      <div className="identity-history">
        <h3>History</h3>
        {history.isError && <p className="status status-error">Could not load the history: {failure(history.error)}</p>}
        {history.data && history.data.items.length === 0 && <p className="muted small">No merges or splits yet.</p>}
        {history.data && history.data.items.length > 0 && (
          <ol className="identity-edits">
            {history.data.items.map((e) => (
              <li key={e.auditId} className={`identity-edit identity-edit-${e.kind}`}>
                <span>
                  <strong>#{e.auditId}</strong> {e.summary}
                </span>
                <span className="muted small">
                  {" "}
                  · {e.actor} · {formatDate(e.createdAt.slice(0, 10))}
                  {e.note && ` · “${e.note}”`}
                </span>{" "}
                {e.canUndo ? (
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => doUndo(e)}
                    aria-label={`Undo #${e.auditId}`}
                  >
                    Undo
                  </button>
                ) : (
                  e.kind !== "undo" && e.reason && <span className="muted small">({e.reason})</span>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
