-- Duplicate detection at a million links. Each rule of the full scan reads one covering index in key order (no
-- temporary table, no row lookups): names with the status, phones and shared phones with the partner, App user ids
-- with the partner. Incremental detection looks up the partner's own avatars and addresses instead of every partner
-- with the same (often very common) name.
ALTER TABLE partner
    DROP INDEX ix_partner_status_name,
    DROP INDEX ix_partner_name_key,
    ADD KEY ix_partner_name_key (name_key, status, partner_id),
    ADD KEY ix_partner_address (address(191));

ALTER TABLE partner_phone
    DROP INDEX ix_phone,
    ADD KEY ix_phone (phone_e164, partner_id);

ALTER TABLE partner_link
    DROP INDEX ix_link_app_user,
    ADD KEY ix_link_app_user (app_id, user_id_by_app, partner_id),
    DROP INDEX ix_link_shared_phone,
    ADD KEY ix_link_shared_phone (shared_phone, partner_id),
    ADD KEY ix_link_avatar (avatar_url(191)),
    ADD KEY ix_link_shared_address (shared_address(191));
