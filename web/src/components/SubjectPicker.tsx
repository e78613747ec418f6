import type { SubjectSummary } from "../../../contracts/subjects";
import { useSubjects } from "../hooks/useSubjects";
import { plural } from "../lib/format";
import { SearchPicker, usePickerText } from "./SearchPicker";

/** Search-as-you-type for a subject: arrows pick, Enter adds. */
export function SubjectPicker({
  onPick,
  exclude,
  disabled,
}: {
  onPick: (s: SubjectSummary) => void;
  exclude: readonly number[];
  disabled?: boolean;
}) {
  const picker = usePickerText();
  const query = useSubjects(picker.q, 8, picker.q.trim().length > 0);
  return (
    <SearchPicker
      picker={picker}
      query={query}
      label="Add a model or method"
      noun="subject"
      placeholder={disabled ? "five subjects at most" : "type a name, e.g. LLaMA"}
      exclude={exclude}
      disabled={disabled}
      detail={(s) => `${plural(s.claimCount, "claim")} · ${plural(s.benchmarkCount, "benchmark")}`}
      onPick={onPick}
    />
  );
}
