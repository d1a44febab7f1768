-- The audit grid at a million links: what a finding filter needs is on the link row and in an index.
-- partner_status and suspected_duplicate are copies kept exact by the triggers below (whatever code writes the
-- partner, the link or the duplicate groups), so a shadow or duplicate filter is an index range, not a join.

ALTER TABLE partner_link
    ADD COLUMN partner_status      VARCHAR(10) NOT NULL DEFAULT 'VERIFIED',
    ADD COLUMN suspected_duplicate BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD KEY ix_link_oa_status_message (oa_id, partner_status, last_message_at, link_id),
    ADD KEY ix_link_oa_duplicate_message (oa_id, suspected_duplicate, last_message_at, link_id),
    ADD KEY ix_link_oa_outcome_message (oa_id, last_sync_outcome, last_message_at, link_id),
    ADD KEY ix_link_oa_count_message (oa_id, message_count, last_message_at, link_id);

UPDATE partner_link l JOIN partner p ON p.partner_id = l.partner_id
SET l.partner_status      = p.status,
    l.suspected_duplicate = EXISTS (SELECT 1
                                    FROM duplicate_group_member m
                                             JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN'
                                    WHERE m.partner_id = l.partner_id);

CREATE TRIGGER trg_link_copies_on_insert
    BEFORE INSERT ON partner_link FOR EACH ROW
    SET NEW.partner_status = (SELECT p.status FROM partner p WHERE p.partner_id = NEW.partner_id),
        NEW.suspected_duplicate = EXISTS (SELECT 1
                                          FROM duplicate_group_member m
                                                   JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN'
                                          WHERE m.partner_id = NEW.partner_id);

CREATE TRIGGER trg_link_copies_on_repoint
    BEFORE UPDATE ON partner_link FOR EACH ROW
    SET NEW.partner_status = IF(NEW.partner_id = OLD.partner_id, NEW.partner_status,
                                (SELECT p.status FROM partner p WHERE p.partner_id = NEW.partner_id)),
        NEW.suspected_duplicate = IF(NEW.partner_id = OLD.partner_id, NEW.suspected_duplicate,
                                     EXISTS (SELECT 1
                                             FROM duplicate_group_member m
                                                      JOIN duplicate_group g
                                                           ON g.group_id = m.group_id AND g.state = 'OPEN'
                                             WHERE m.partner_id = NEW.partner_id));

CREATE TRIGGER trg_partner_status_to_links
    AFTER UPDATE ON partner FOR EACH ROW
    UPDATE partner_link SET partner_status = NEW.status
    WHERE partner_id = NEW.partner_id AND NEW.status <> OLD.status;

CREATE TRIGGER trg_member_added_flags_links
    AFTER INSERT ON duplicate_group_member FOR EACH ROW
    UPDATE partner_link l
    SET l.suspected_duplicate = EXISTS (SELECT 1
                                        FROM duplicate_group_member m
                                                 JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN'
                                        WHERE m.partner_id = NEW.partner_id)
    WHERE l.partner_id = NEW.partner_id;

CREATE TRIGGER trg_member_removed_flags_links
    AFTER DELETE ON duplicate_group_member FOR EACH ROW
    UPDATE partner_link l
    SET l.suspected_duplicate = EXISTS (SELECT 1
                                        FROM duplicate_group_member m
                                                 JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN'
                                        WHERE m.partner_id = OLD.partner_id)
    WHERE l.partner_id = OLD.partner_id;

CREATE TRIGGER trg_group_state_flags_links
    AFTER UPDATE ON duplicate_group FOR EACH ROW
    UPDATE partner_link l JOIN duplicate_group_member gm ON gm.partner_id = l.partner_id AND gm.group_id = NEW.group_id
    SET l.suspected_duplicate = EXISTS (SELECT 1
                                        FROM duplicate_group_member m
                                                 JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN'
                                        WHERE m.partner_id = l.partner_id)
    WHERE NEW.state <> OLD.state;

-- Deleting a group cascades to its members without firing their triggers: clear the flags first.
CREATE TRIGGER trg_group_deleted_flags_links
    BEFORE DELETE ON duplicate_group FOR EACH ROW
    UPDATE partner_link l JOIN duplicate_group_member gm ON gm.partner_id = l.partner_id AND gm.group_id = OLD.group_id
    SET l.suspected_duplicate = EXISTS (SELECT 1
                                        FROM duplicate_group_member m
                                                 JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN'
                                        WHERE m.partner_id = l.partner_id AND m.group_id <> OLD.group_id);

