CREATE INDEX "papers_title_trgm_idx" ON "papers" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "subjects_name_trgm_idx" ON "subjects" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "subject_aliases_alias_trgm_idx" ON "subject_aliases" USING gin ("alias" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "datasets_name_trgm_idx" ON "datasets" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "dataset_aliases_alias_trgm_idx" ON "dataset_aliases" USING gin ("alias" gin_trgm_ops);