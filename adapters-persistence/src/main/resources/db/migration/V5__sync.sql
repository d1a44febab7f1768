-- Sync Profile: a paused job knows when it may run again; jobs are looked up per OA; stale links are walked by id.
ALTER TABLE sync_job ADD COLUMN resume_at DATETIME(6) NULL AFTER paused_reason;
ALTER TABLE sync_job ADD KEY ix_job_oa (oa_id, job_id);
ALTER TABLE partner_link ADD KEY ix_link_oa_id (oa_id, link_id);
