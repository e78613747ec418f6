CREATE TABLE "app_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "benchmarks_dataset_metric_uq";--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "generic" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "is_model" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "datasets" ADD COLUMN "family" text;--> statement-breakpoint
ALTER TABLE "datasets" ADD COLUMN "family_key" text;--> statement-breakpoint
ALTER TABLE "datasets" ADD COLUMN "variant" text;--> statement-breakpoint
ALTER TABLE "datasets" ADD COLUMN "relation" text;--> statement-breakpoint
ALTER TABLE "datasets" ADD COLUMN "test_size" integer;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "family" text;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "display" text;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "scale" text;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "setting" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "model_id" integer;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "model_text" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "setting" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "source_id" text;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_model_id_subjects_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "datasets_family_idx" ON "datasets" USING btree ("family_key");--> statement-breakpoint
CREATE UNIQUE INDEX "benchmarks_dataset_metric_setting_uq" ON "benchmarks" USING btree ("dataset_id","metric_id","setting");--> statement-breakpoint
CREATE INDEX "claims_model_idx" ON "claims" USING btree ("model_id","id");--> statement-breakpoint
CREATE INDEX "claims_source_id_idx" ON "claims" USING btree ("source_id");