-- Zalo Partner Links: the whole schema. MariaDB 10.11+, InnoDB, utf8mb4. Times are UTC, DATETIME(6).

CREATE TABLE app_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    username VARCHAR(100) NOT NULL,
    role     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE zalo_app (
    app_id                     VARCHAR(20)    NOT NULL PRIMARY KEY,
    name                       VARCHAR(200)   NOT NULL,
    app_secret_enc             VARBINARY(1024) NOT NULL,
    oa_secret_key_enc          VARBINARY(1024) NOT NULL,
    signature_variant          VARCHAR(40)    NOT NULL,
    certain_identity_within_app BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at                 DATETIME(6)    NOT NULL,
    updated_at                 DATETIME(6)    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE official_account (
    oa_id                   VARCHAR(20)     NOT NULL PRIMARY KEY,
    app_id                  VARCHAR(20)     NOT NULL,
    name                    VARCHAR(200)    NOT NULL,
    status                  VARCHAR(10)     NOT NULL,
    status_reason           VARCHAR(500)    NULL,
    -- the OA token pair, encrypted; token_version counts refreshes so a node can tell it read an old pair
    access_token_enc        VARBINARY(2048) NULL,
    access_expires_at       DATETIME(6)     NULL,
    refresh_token_enc       VARBINARY(2048) NULL,
    refresh_expires_at      DATETIME(6)     NULL,
    token_version           INT             NOT NULL DEFAULT 0,
    -- a pending OAuth authorisation (PKCE)
    oauth_state             VARCHAR(64)     NULL,
    oauth_code_verifier_enc VARBINARY(512)  NULL,
    oauth_started_at        DATETIME(6)     NULL,
    created_at              DATETIME(6)     NOT NULL,
    updated_at              DATETIME(6)     NOT NULL,
    CONSTRAINT fk_oa_app FOREIGN KEY (app_id) REFERENCES zalo_app (app_id),
    UNIQUE KEY uq_oa_oauth_state (oauth_state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner (
    partner_id  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    status      VARCHAR(10)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    -- accent-free, case-folded, words sorted: duplicate detection and search without diacritics
    name_key    VARCHAR(255) NOT NULL,
    email       VARCHAR(320) NULL,
    address     VARCHAR(500) NULL,
    origin      VARCHAR(200) NOT NULL,
    merged_into BIGINT       NULL,
    version     INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_partner_merged_into FOREIGN KEY (merged_into) REFERENCES partner (partner_id),
    KEY ix_partner_name_key (name_key, partner_id),
    KEY ix_partner_status (status, partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_phone (
    phone_id   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id BIGINT      NOT NULL,
    phone_e164 VARCHAR(16) NOT NULL,
    CONSTRAINT fk_phone_partner FOREIGN KEY (partner_id) REFERENCES partner (partner_id),
    UNIQUE KEY uq_phone_partner (partner_id, phone_e164),
    KEY ix_phone (phone_e164)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_link (
    link_id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    oa_id                   VARCHAR(20)   NOT NULL,
    zalo_user_id            VARCHAR(20)   NOT NULL,
    app_id                  VARCHAR(20)   NOT NULL,
    user_id_by_app          VARCHAR(20)   NULL,
    partner_id              BIGINT        NOT NULL,
    display_name            VARCHAR(255)  NULL,
    avatar_url              VARCHAR(1000) NULL,
    alias                   VARCHAR(255)  NULL,
    follower                BOOLEAN       NULL,
    last_interaction_at     DATETIME(6)   NULL,
    shared_phone            VARCHAR(16)   NULL,
    shared_name             VARCHAR(255)  NULL,
    shared_address          VARCHAR(500)  NULL,
    message_count           INT           NOT NULL DEFAULT 0,
    first_message_at        DATETIME(6)   NULL,
    last_message_at         DATETIME(6)   NULL,
    profile_synced_at       DATETIME(6)   NULL,
    last_sync_at            DATETIME(6)   NULL,
    last_sync_outcome       VARCHAR(20)   NULL,
    last_sync_error_code    INT           NULL,
    last_sync_error_message VARCHAR(500)  NULL,
    version                 INT           NOT NULL DEFAULT 0,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    CONSTRAINT fk_link_oa FOREIGN KEY (oa_id) REFERENCES official_account (oa_id),
    CONSTRAINT fk_link_partner FOREIGN KEY (partner_id) REFERENCES partner (partner_id),
    UNIQUE KEY uq_link_oa_user (oa_id, zalo_user_id),
    KEY ix_link_app_user (app_id, user_id_by_app),
    KEY ix_link_partner (partner_id),
    KEY ix_link_shared_phone (shared_phone),
    -- keyset paging of the Zalo Partners grid per sort order
    KEY ix_link_oa_last_message (oa_id, last_message_at, link_id),
    KEY ix_link_oa_name (oa_id, display_name, link_id),
    KEY ix_link_oa_synced (oa_id, profile_synced_at, link_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE link_profile_history (
    history_id   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    link_id      BIGINT        NOT NULL,
    display_name VARCHAR(255)  NULL,
    avatar_url   VARCHAR(1000) NULL,
    replaced_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_history_link FOREIGN KEY (link_id) REFERENCES partner_link (link_id),
    KEY ix_history_link (link_id, replaced_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE zalo_message (
    message_id     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    link_id        BIGINT      NOT NULL,
    zalo_msg_id    VARCHAR(64) NULL,
    direction      VARCHAR(3)  NOT NULL,
    event_name     VARCHAR(64) NOT NULL,
    text           TEXT        NULL,
    attachments    TEXT        NULL,
    admin_id       VARCHAR(20) NULL,
    sent_at        DATETIME(6) NOT NULL,
    delivery_state VARCHAR(10) NULL,
    idempotency_key VARCHAR(64) NULL,
    CONSTRAINT fk_message_link FOREIGN KEY (link_id) REFERENCES partner_link (link_id),
    UNIQUE KEY uq_message_zalo_msg_id (zalo_msg_id),
    UNIQUE KEY uq_message_idempotency (idempotency_key),
    KEY ix_message_link_time (link_id, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE zalo_event (
    event_id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedupe_key      VARCHAR(190) NOT NULL,
    app_id          VARCHAR(20)  NOT NULL,
    oa_id           VARCHAR(20)  NULL,
    event_name      VARCHAR(64)  NOT NULL,
    subject_id      VARCHAR(20)  NULL,
    event_time      DATETIME(6)  NOT NULL,
    received_at     DATETIME(6)  NOT NULL,
    state           VARCHAR(10)  NOT NULL,
    note            VARCHAR(1000) NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    processed_at    DATETIME(6)  NULL,
    raw_body        MEDIUMTEXT   NOT NULL,
    UNIQUE KEY uq_event_dedupe (dedupe_key),
    KEY ix_event_state (state, event_id),
    KEY ix_event_oa (oa_id, event_id),
    KEY ix_event_name (event_name, event_id),
    KEY ix_event_received (received_at, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Business records: owned by partners, moved by merges, summed into balances.
CREATE TABLE sales_order (
    order_id     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    external_ref VARCHAR(100)  NOT NULL,
    partner_id   BIGINT        NOT NULL,
    stage        VARCHAR(10)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    amount_total DECIMAL(18, 2) NOT NULL,
    currency     CHAR(3)       NOT NULL DEFAULT 'VND',
    issued_at    DATETIME(6)   NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_order_partner FOREIGN KEY (partner_id) REFERENCES partner (partner_id),
    UNIQUE KEY uq_order_ref (external_ref),
    KEY ix_order_partner (partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice (
    invoice_id   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    external_ref VARCHAR(100)  NOT NULL,
    partner_id   BIGINT        NOT NULL,
    amount_total DECIMAL(18, 2) NOT NULL,
    amount_due   DECIMAL(18, 2) NOT NULL,
    currency     CHAR(3)       NOT NULL DEFAULT 'VND',
    issued_at    DATETIME(6)   NOT NULL,
    due_at       DATETIME(6)   NULL,
    version      INT           NOT NULL DEFAULT 0,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_invoice_partner FOREIGN KEY (partner_id) REFERENCES partner (partner_id),
    UNIQUE KEY uq_invoice_ref (external_ref),
    KEY ix_invoice_partner (partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket (
    ticket_id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    external_ref VARCHAR(100) NOT NULL,
    partner_id   BIGINT       NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    state        VARCHAR(10)  NOT NULL,
    opened_at    DATETIME(6)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_ticket_partner FOREIGN KEY (partner_id) REFERENCES partner (partner_id),
    UNIQUE KEY uq_ticket_ref (external_ref),
    KEY ix_ticket_partner (partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE duplicate_group (
    group_id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tier             VARCHAR(10)   NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    -- sorted member ids: the same cluster found again is the same group
    member_key       VARCHAR(500)  NOT NULL,
    evidence         TEXT          NOT NULL,
    evidence_hash    CHAR(64)      NOT NULL,
    dismissed_by     VARCHAR(100)  NULL,
    dismissed_reason VARCHAR(1000) NULL,
    dismissed_at     DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    UNIQUE KEY uq_group_members (member_key),
    KEY ix_group_state_tier (state, tier, group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE duplicate_group_member (
    group_id   BIGINT NOT NULL,
    partner_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, partner_id),
    CONSTRAINT fk_member_group FOREIGN KEY (group_id) REFERENCES duplicate_group (group_id) ON DELETE CASCADE,
    CONSTRAINT fk_member_partner FOREIGN KEY (partner_id) REFERENCES partner (partner_id),
    KEY ix_member_partner (partner_id, group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE merge_journal (
    merge_id      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survivor_id   BIGINT        NOT NULL,
    merged_ids    VARCHAR(300)  NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    evidence      TEXT          NULL,
    -- the survivor's fields before the merge, and the merged partners' rows as they were
    before_image  MEDIUMTEXT    NOT NULL,
    merged_at     DATETIME(6)   NOT NULL,
    undone_at     DATETIME(6)   NULL,
    undone_by     VARCHAR(100)  NULL,
    CONSTRAINT fk_journal_survivor FOREIGN KEY (survivor_id) REFERENCES partner (partner_id),
    KEY ix_journal_time (merged_at, merge_id),
    KEY ix_journal_survivor (survivor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE merge_moved_row (
    merge_id        BIGINT      NOT NULL,
    table_name      VARCHAR(64) NOT NULL,
    column_name     VARCHAR(64) NOT NULL,
    row_id          BIGINT      NOT NULL,
    from_partner_id BIGINT      NOT NULL,
    version_after   INT         NULL,
    PRIMARY KEY (merge_id, table_name, column_name, row_id),
    CONSTRAINT fk_moved_journal FOREIGN KEY (merge_id) REFERENCES merge_journal (merge_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sync_job (
    job_id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    oa_id         VARCHAR(20)  NOT NULL,
    scope         VARCHAR(10)  NOT NULL,
    state         VARCHAR(10)  NOT NULL,
    total         INT          NOT NULL DEFAULT 0,
    done          INT          NOT NULL DEFAULT 0,
    failed        INT          NOT NULL DEFAULT 0,
    cursor_link_id BIGINT      NOT NULL DEFAULT 0,
    paused_reason VARCHAR(500) NULL,
    created_by    VARCHAR(100) NOT NULL,
    claimed_by    VARCHAR(100) NULL,
    claimed_until DATETIME(6)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_job_oa FOREIGN KEY (oa_id) REFERENCES official_account (oa_id),
    KEY ix_job_state (state, job_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_log (
    activity_id  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    subject_type VARCHAR(30)  NOT NULL,
    subject_id   VARCHAR(40)  NOT NULL,
    detail       TEXT         NULL,
    KEY ix_activity_time (at, activity_id),
    KEY ix_activity_subject (subject_type, subject_id, activity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
