import { Link } from "wouter";
import { useDocumentTitle } from "../lib/useDocumentTitle";

export function NotFoundPage({ message }: { message?: string }) {
  useDocumentTitle("Not found");
  return (
    <section className="not-found">
      <h1>Not found</h1>
      <p>{message ?? "There is no page at this address."}</p>
      <p>
        <Link href="/">Back to all benchmarks and papers</Link>
      </p>
    </section>
  );
}
