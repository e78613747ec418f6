import { useId, useState } from "react";
import { maskToken, saveToken, useToken } from "../lib/token";

/** Where a reviewer pastes their API token; it is kept in this browser's localStorage and sent as a Bearer header. */
export function ReviewerToken() {
  const token = useToken();
  const id = useId();
  const [text, setText] = useState("");
  if (token) {
    return (
      <div className="reviewer-token saved">
        <span>
          Reviewer token: <code>{maskToken(token)}</code> <span className="muted small">(kept in this browser)</span>
        </span>
        <button type="button" className="button" onClick={() => saveToken(null)}>
          Forget token
        </button>
      </div>
    );
  }
  return (
    <form
      className="reviewer-token"
      onSubmit={(e) => {
        e.preventDefault();
        saveToken(text);
        setText("");
      }}
    >
      <label htmlFor={id}>Reviewer token</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="cb_…"
        aria-describedby={`${id}-help`}
      />
      <button type="submit" className="button" disabled={!text.trim()}>
        Save token
      </button>
      <p id={`${id}-help`} className="muted small">
        Review actions need a token with the reviewer role: <code>npm run -s token -- create --role reviewer</code>. It
        stays in this browser only.
      </p>
    </form>
  );
}
