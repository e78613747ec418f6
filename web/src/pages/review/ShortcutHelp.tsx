import { SHORTCUTS } from "./keyboard";

export function ShortcutHelp() {
  return (
    <section id="shortcut-help" className="panel shortcut-help" aria-label="Keyboard shortcuts">
      <dl>
        {SHORTCUTS.map(([k, what]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
