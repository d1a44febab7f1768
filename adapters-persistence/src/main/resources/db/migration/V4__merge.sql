-- Merge previews live in the database so that any node can execute what another node previewed.
-- No foreign key to partner on purpose: a preview is transient and its partners are re-checked when it is executed.
CREATE TABLE merge_preview (
    preview_id   CHAR(32)     NOT NULL PRIMARY KEY,
    survivor_id  BIGINT       NOT NULL,
    merged_ids   VARCHAR(300) NOT NULL,
    name_from    BIGINT       NULL,
    email_from   BIGINT       NULL,
    address_from BIGINT       NULL,
    -- what the preview saw (java.util.Properties text: part -> digest), compared when the merge runs
    fingerprint  MEDIUMTEXT   NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    KEY ix_preview_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- MOVED: the row's partner column was re-pointed; COPIED: the row was created for the survivor (united phones).
ALTER TABLE merge_moved_row ADD COLUMN action VARCHAR(10) NOT NULL DEFAULT 'MOVED';

-- The duplicate groups a merge resolved, with their state before, so an undo restores them.
CREATE TABLE merge_resolved_group (
    merge_id       BIGINT      NOT NULL,
    group_id       BIGINT      NOT NULL,
    previous_state VARCHAR(10) NOT NULL,
    PRIMARY KEY (merge_id, group_id),
    CONSTRAINT fk_resolved_journal FOREIGN KEY (merge_id) REFERENCES merge_journal (merge_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The full scan groups live partners by name key; this index answers it without reading the rows.
CREATE INDEX ix_partner_status_name ON partner (status, name_key, partner_id);
