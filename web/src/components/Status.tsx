import type { ReactNode } from "react";
import { isApiError } from "../api/client";

export function Loading({ label }: { label: string }) {
  return (
    <p className="status status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error in words: what failed, and the API's own message. */
export function ErrorMessage({ what, error, onRetry }: { what: string; error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  const code = isApiError(error) ? error.code : null;
  return (
    <div className="status status-error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {message}
        {code && <span className="error-code"> ({code})</span>}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status status-empty">{children}</p>;
}
