import { useSyncExternalStore } from "react";

/** The reviewer token lives in localStorage so it survives reloads; only this browser sees it. */
const KEY = "claimboard.reviewerToken";
const listeners = new Set<() => void>();

export function readToken(): string | null {
  try {
    return localStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token?.trim()) localStorage.setItem(KEY, token.trim());
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the token just does not persist.
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useToken(): string | null {
  return useSyncExternalStore(subscribe, readToken, () => null);
}

/** "cb_AbC…xyz9": enough to recognise a token without showing it. */
export function maskToken(token: string): string {
  return token.length <= 10 ? "•••" : `${token.slice(0, 5)}…${token.slice(-4)}`;
}
