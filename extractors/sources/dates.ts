const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Dates as listing pages print them: "Jul 26, 2022", "Nov 27, 2024 2" (upvotes after the year),
 * "Apr 14 2" (current year omitted, upvotes after the day). Without a year the date is unknown: null.
 * Also accepts ISO dates and ISO timestamps.
 */
export function parseLooseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})\b/.exec(t);
  if (!m) return null;
  const month = MONTHS[m[1]!.toLowerCase()];
  if (!month) return null;
  return validDate(Number(m[3]), month, Number(m[2]));
}

function validDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2200) return null;
  return d.toISOString().slice(0, 10);
}
