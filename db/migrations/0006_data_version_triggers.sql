-- Data versions move on every committed change to what a claim list shows (see db/schema/data-versions.ts).
-- The counter row is updated by a deferred constraint trigger, so its lock is taken at commit, after every
-- other lock the transaction holds: two writers can wait for each other there but never deadlock, which a
-- statement trigger taking the lock mid-transaction could. A transaction-local setting makes it one update
-- per transaction however many rows it writes.
INSERT INTO data_versions (scope, version) VALUES ('claims', 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  marker text := 'claimboard.bumped_' || TG_ARGV[0];
  tx text := txid_current()::text;
BEGIN
  IF current_setting(marker, true) IS DISTINCT FROM tx THEN
    PERFORM set_config(marker, tx, true);
    UPDATE data_versions SET version = version + 1 WHERE scope = TG_ARGV[0];
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION data_version_bump_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE scope = TG_ARGV[0];
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['claims', 'papers', 'subjects', 'subject_aliases', 'datasets', 'dataset_aliases', 'metrics'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump(%L)', t || '_data_version', t, 'claims');
    -- TRUNCATE has no row events; it already locks the whole table, so bumping at once costs nothing more.
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump_now(%L)', t || '_data_version_truncate', t, 'claims');
  END LOOP;
END;
$$;
