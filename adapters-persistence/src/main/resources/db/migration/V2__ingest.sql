-- Ingest of Zalo webhooks: out-of-order follow/unfollow events are resolved by looking for a newer processed one
-- about the same user on the same OA.
CREATE INDEX ix_event_subject ON zalo_event (oa_id, subject_id, event_time);
