/** How a query names the empty setting: numbers reported without one. Kept apart from the zod schemas so the dashboard can import it without them. */
export const AS_REPORTED = "as reported";
