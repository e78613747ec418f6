import { useId } from "react";
import { AS_REPORTED } from "../lib/settings";
import { SearchBox } from "./SearchBox";

/** The settings most boards are split by (extractors/identity/settings.ts keys); any other is typed. */
const COMMON_SETTINGS = [
  AS_REPORTED,
  "zero-shot",
  "few-shot",
  "1-shot",
  "5-shot",
  "fine-tuned",
  "linear probe",
  "k-nn",
  "semi-supervised",
  "chain-of-thought",
  "majority voting",
];
const MIN_ENTRIES = [2, 3, 5, 10, 20, 50];

export interface BenchmarkFilterValues {
  family: string;
  metric: string;
  setting: string;
  minEntries: string;
}

/** Dataset family, metric, setting and minimum entries for the benchmark list; each change goes to the URL. */
export function BenchmarkFilters({
  values,
  onChange,
}: {
  values: BenchmarkFilterValues;
  onChange: (changes: Partial<BenchmarkFilterValues>) => void;
}) {
  const minId = useId();
  const min = values.minEntries;
  return (
    <fieldset className="benchmark-filters">
      <legend className="visually-hidden">Filter the benchmarks</legend>
      <SearchBox
        label="Dataset family"
        value={values.family}
        onSearch={(family) => onChange({ family })}
        placeholder="e.g. MATH, ImageNet"
      />
      <SearchBox
        label="Metric"
        value={values.metric}
        onSearch={(metric) => onChange({ metric })}
        placeholder="e.g. accuracy, FID"
      />
      <SearchBox
        label="Setting"
        value={values.setting}
        onSearch={(setting) => onChange({ setting })}
        placeholder="e.g. zero-shot"
        suggestions={COMMON_SETTINGS}
      />
      <div className="search">
        <label htmlFor={minId}>Minimum subjects</label>
        <select id={minId} value={min} onChange={(e) => onChange({ minEntries: e.target.value })}>
          <option value="">any</option>
          {min && !MIN_ENTRIES.map(String).includes(min) && <option value={min}>{min}</option>}
          {MIN_ENTRIES.map((n) => (
            <option key={n} value={String(n)}>
              {n} or more
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
