import type { EntityType } from "../../../contracts/entities";
import { useEntitySearch } from "../hooks/useEntitySearch";
import { plural } from "../lib/format";
import { SearchPicker, usePickerText } from "./SearchPicker";

export interface PickedEntity {
  id: number;
  name: string;
  claimCount: number;
}

/** Search-as-you-type for a subject, dataset or metric: arrows pick, Enter or a click chooses. */
export function EntityPicker({
  type,
  label,
  exclude,
  onPick,
}: {
  type: EntityType;
  label: string;
  exclude: readonly number[];
  onPick: (e: PickedEntity) => void;
}) {
  const picker = usePickerText();
  const query = useEntitySearch(type, picker.q);
  return (
    <SearchPicker<PickedEntity>
      picker={picker}
      query={query}
      label={label}
      noun={type}
      placeholder={`type part of a ${type} name`}
      exclude={exclude}
      className="subject-picker entity-picker"
      detail={(e) => `#${e.id} · ${plural(e.claimCount, "claim")}`}
      onPick={onPick}
    />
  );
}
