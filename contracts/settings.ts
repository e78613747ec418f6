/** How a query names the empty setting: numbers reported without one. */
export const AS_REPORTED = "as reported";
/** The dashboard imports only types from contracts: its own constant is checked against this one. */
export type AsReported = typeof AS_REPORTED;
