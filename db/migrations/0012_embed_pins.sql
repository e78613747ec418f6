CREATE TABLE "embed_pins" (
	"id" text PRIMARY KEY NOT NULL,
	"benchmark_id" text NOT NULL,
	"as_of" date,
	"data_version" timestamp with time zone NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "embed_pins_benchmark_idx" ON "embed_pins" USING btree ("benchmark_id");--> statement-breakpoint
-- A pin is a promise that a link never changes: its snapshot cannot be edited (deleting a pin is allowed).
CREATE FUNCTION embed_pins_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'embed_pins are immutable: UPDATE is not allowed';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER embed_pins_immutable BEFORE UPDATE ON embed_pins FOR EACH ROW EXECUTE FUNCTION embed_pins_refuse_update();
