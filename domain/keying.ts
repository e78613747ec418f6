import { claimIdentity, type ClaimIdentity, type ClaimNames } from "../extractors/identity/claim-identity.js";
import type { ClaimRow } from "./claim-rows.js";
import {
  benchmarkKey,
  datasetEntry,
  ensureBenchmarks,
  ensureEntities,
  ensureMetrics,
  metricIds,
  subjectEntry,
  type DbOrTx,
  type EntityEntry,
} from "./entities.js";

/** A claim row before its keys: what it says (names) and everything else it stores. */
export interface ClaimDraft {
  names: ClaimNames;
  row: Omit<ClaimRow, "subjectId" | "modelId" | "datasetId" | "metricId" | "benchmarkId" | "setting">;
  /** A direction the source states for its own metric column (tables); the registry's wins when it knows. */
  direction?: "higher" | "lower" | null;
}

export interface KeyedClaim {
  /** Position of the draft it was made from (drafts whose metric cannot be stored are left out). */
  index: number;
  row: ClaimRow;
  identity: ClaimIdentity;
}

/**
 * The one keying step of every ingest path (abstracts, tables, re-keying an upgraded database): decides
 * each claim's identity (extractors/identity), finds or creates its subject, model, dataset, metric and
 * benchmark rows, and returns the rows to store, in the drafts' order.
 */
export async function keyClaims(db: DbOrTx, drafts: ClaimDraft[]): Promise<KeyedClaim[]> {
  const identities = drafts.map((d) => claimIdentity(d.names));

  const subjects: EntityEntry[] = [];
  const datasets: EntityEntry[] = [];
  for (const id of identities) {
    if (id.subject) subjects.push(subjectEntry(id.subject, id.subjectIsModel));
    if (id.model) subjects.push(subjectEntry(id.model, true));
    if (id.dataset) datasets.push(datasetEntry(id.dataset));
  }
  const subjectIds = await ensureEntities(db, "subject", subjects);
  const datasetIds = await ensureEntities(db, "dataset", datasets);
  const directions = new Map(drafts.map((d, i) => [identities[i]!.metric.name, d.direction ?? null]));
  const metricsByName = await ensureMetrics(
    db,
    identities.map((i) => i.metric),
    await metricIds(db),
    directions,
  );

  const wanted = identities.flatMap((id) => {
    const datasetId = id.dataset ? datasetIds.get(id.dataset.key) : undefined;
    const metricId = metricsByName.get(id.metric.name);
    if (datasetId === undefined || metricId === undefined || !id.dataset) return [];
    return [{ datasetId, datasetName: id.dataset.name, metricId, metricName: id.metric.name, setting: id.setting.key }];
  });
  const benchmarkIds = await ensureBenchmarks(db, wanted);

  const out: KeyedClaim[] = [];
  drafts.forEach((d, i) => {
    const id = identities[i]!;
    const metricId = metricsByName.get(id.metric.name);
    if (metricId === undefined) return;
    const datasetId = id.dataset ? (datasetIds.get(id.dataset.key) ?? null) : null;
    out.push({
      index: i,
      identity: id,
      row: {
        ...d.row,
        subjectId: id.subject ? (subjectIds.get(id.subject.key) ?? null) : null,
        modelId: id.model ? (subjectIds.get(id.model.key) ?? null) : null,
        datasetId,
        metricId,
        setting: id.setting.key,
        benchmarkId:
          datasetId === null ? null : (benchmarkIds.get(benchmarkKey(datasetId, metricId, id.setting.key)) ?? null),
      },
    });
  });
  return out;
}
