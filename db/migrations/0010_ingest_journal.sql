CREATE TABLE "ingest_journal" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ingest_journal_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"table_name" text NOT NULL,
	"op" text NOT NULL,
	"old" jsonb,
	"new" jsonb
);
--> statement-breakpoint
-- Row changes are journaled only while the ingest's transaction-local setting is on: every other
-- writer (reviews, PostgreSQL ingests) pays one setting lookup per row and writes nothing.
CREATE FUNCTION ingest_journal_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ingest_journal (table_name, op, old, new)
  VALUES (TG_TABLE_NAME, TG_OP,
          CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['papers', 'claims', 'subjects', 'subject_aliases', 'datasets', 'dataset_aliases', 'metrics',
                           'benchmarks', 'flags', 'flag_claims', 'audit_log'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                   'WHEN (current_setting(''claimboard.journal'', true) = ''on'') EXECUTE FUNCTION ingest_journal_record()',
                   t || '_ingest_journal', t);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- Undoes the newest `max_rows` journal entries, newest first, and removes them: called in a loop of short
-- transactions with session_replication_role = replica (no triggers, no foreign-key cascades: the entries
-- replay exactly what happened, in reverse), so a crash midway leaves the rest to undo next time.
CREATE FUNCTION ingest_journal_undo(max_rows integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  e record;
  last_table text := NULL;
  pk text;
  n integer := 0;
BEGIN
  FOR e IN SELECT * FROM ingest_journal ORDER BY id DESC LIMIT max_rows LOOP
    IF e.table_name IS DISTINCT FROM last_table THEN
      SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey::int2[], a.attnum)) INTO pk
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = e.table_name::regclass AND i.indisprimary;
      last_table := e.table_name;
    END IF;
    IF e.new IS NOT NULL THEN
      EXECUTE format('DELETE FROM %I WHERE (%s) = (SELECT %s FROM jsonb_populate_record(null::%I, $1))', e.table_name, pk, pk, e.table_name)
        USING e.new;
    END IF;
    IF e.old IS NOT NULL THEN
      -- A row another writer created meanwhile under the same key wins over the old image.
      EXECUTE format('INSERT INTO %I OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_record(null::%I, $1) ON CONFLICT DO NOTHING',
                     e.table_name, e.table_name)
        USING e.old;
    END IF;
    DELETE FROM ingest_journal WHERE id = e.id;
    n := n + 1;
  END LOOP;
  RETURN n;
END;
$$;
