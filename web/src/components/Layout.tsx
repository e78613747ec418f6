import type { ReactNode } from "react";
import { Link, useRoute } from "wouter";
import { useHealth } from "../hooks/useHealth";

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href === "/" ? "/" : `${href}/*?`);
  return (
    <Link href={href} className={active ? "nav-link active" : "nav-link"} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link href="/" className="brand">
            <svg viewBox="0 0 16 16" width="20" height="20" aria-hidden="true">
              <rect width="16" height="16" rx="3" className="brand-mark" />
              <path d="M4 11V8M8 11V5M12 11V3" stroke="white" strokeWidth="2" />
            </svg>
            Claimboard
          </Link>
          <nav aria-label="Main" className="main-nav">
            <NavLink href="/benchmarks">Benchmarks</NavLink>
            <NavLink href="/compare">Compare</NavLink>
            <NavLink href="/review">Review</NavLink>
          </nav>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container footer-inner">
          <HealthBadge />
          <span className="muted">Numbers as papers state them, not reproduced.</span>
          <a href="/api/openapi.json">API (OpenAPI)</a>
        </div>
      </footer>
    </>
  );
}

function HealthBadge() {
  const health = useHealth();
  if (health.isPending) return <span className="muted">checking the API…</span>;
  if (health.isError) return <span className="health health-down">API unreachable: {health.error.message}</span>;
  return <span className="health health-ok">API ok · database: {health.data.database}</span>;
}
