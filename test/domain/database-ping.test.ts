import { afterEach, describe, expect, it, vi } from "vitest";
import type { Database } from "../../db/client.js";
import { databaseAnswers } from "../../domain/database-ping.js";

/** A database whose every query is `select 1`, failing while `down` is set; counts the pings. */
function fakeDatabase() {
  const state = { pings: 0, down: false };
  const db = {
    execute: () => {
      state.pings++;
      return state.down ? Promise.reject(new Error("connection refused")) : Promise.resolve([]);
    },
  } as unknown as Database;
  return { db, state };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("databaseAnswers", () => {
  it("vouches for the database with a ping under a second old, refreshed in the background", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { db, state } = fakeDatabase();
    await Promise.all([databaseAnswers(db), databaseAnswers(db), databaseAnswers(db)]);
    expect(state.pings).toBe(1);
    await databaseAnswers(db);
    expect(state.pings).toBe(1);
    vi.advanceTimersByTime(300);
    await databaseAnswers(db);
    expect(state.pings).toBe(2);
  });

  it("says the database is down once no ping of the last second succeeded, and up again when it answers", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { db, state } = fakeDatabase();
    await databaseAnswers(db);
    state.down = true;
    vi.advanceTimersByTime(1100);
    await expect(databaseAnswers(db)).rejects.toThrow("connection refused");
    // A failed ping vouches for nothing: the next probe asks again.
    await expect(databaseAnswers(db)).rejects.toThrow("connection refused");
    expect(state.pings).toBe(3);
    state.down = false;
    await expect(databaseAnswers(db)).resolves.toBeUndefined();
  });

  it("fails within a second when a background ping fails", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { db, state } = fakeDatabase();
    await databaseAnswers(db);
    state.down = true;
    vi.advanceTimersByTime(300);
    await databaseAnswers(db); // still vouched for; the background ping fails
    await vi.waitFor(() => expect(state.pings).toBe(2));
    await expect(databaseAnswers(db)).rejects.toThrow("connection refused");
  });
});
