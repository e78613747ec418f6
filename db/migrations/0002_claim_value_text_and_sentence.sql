ALTER TABLE "claims" ADD COLUMN "value_text" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "sentence" text DEFAULT '' NOT NULL;