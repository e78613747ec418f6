-- Scope 'benchmarks' moves once per committed transaction that changes benchmarks (their updated_at is what
-- leaderboards and embeds are keyed by), as 'claims' does for claim lists: the two together say whether
-- anything a cached answer shows may have changed, in one read (see domain/version-reads.ts).
INSERT INTO data_versions (scope, version) VALUES ('benchmarks', 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER benchmarks_data_version AFTER INSERT OR UPDATE OR DELETE ON benchmarks DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump('benchmarks');
--> statement-breakpoint
CREATE TRIGGER benchmarks_data_version_truncate AFTER TRUNCATE ON benchmarks FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_now('benchmarks');
--> statement-breakpoint
-- A notification on 'claimboard_data' when a transaction that moved a data version or a benchmark commits
-- (NOTIFY is delivered at commit and collapses repeats within a transaction). The embedded database has one
-- process, which therefore hears of every write and can trust its caches without asking (domain/local-changes.ts).
CREATE FUNCTION notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('claimboard_data', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_versions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON data_versions FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
CREATE TRIGGER benchmarks_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON benchmarks FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
--> statement-breakpoint
-- Also when triggers are off (session_replication_role = replica), as while an ingest journal is undone.
ALTER TABLE data_versions ENABLE ALWAYS TRIGGER data_versions_notify;
--> statement-breakpoint
ALTER TABLE benchmarks ENABLE ALWAYS TRIGGER benchmarks_notify;
