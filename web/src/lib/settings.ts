import type { AsReported } from "../../../contracts/settings";

/** The API's name for the empty setting (a query value and what the tables show); typed against the contract. */
export const AS_REPORTED: AsReported = "as reported";
