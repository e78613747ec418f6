-- A notification on the 'claimboard_data' channel when a transaction that moved a data version or a benchmark's
-- updated_at commits (NOTIFY is delivered at commit and collapses repeats within a transaction). The embedded
-- database has one process, which therefore hears of every write and can trust its caches without asking.
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
