-- A name-only (POSSIBLE) group is shown on request, not raised as a finding: PRODUCT.md's "possible … shown only on
-- request". The link's suspected_duplicate copy now agrees with the readiness counts and the duplicates queue.

DROP TRIGGER trg_link_copies_on_insert;
DROP TRIGGER trg_link_copies_on_repoint;
DROP TRIGGER trg_partner_status_to_links;
DROP TRIGGER trg_member_added_flags_links;
DROP TRIGGER trg_member_removed_flags_links;
DROP TRIGGER trg_group_state_flags_links;
DROP TRIGGER trg_group_deleted_flags_links;

UPDATE partner_link l
SET l.suspected_duplicate = EXISTS (SELECT 1
                                    FROM duplicate_group_member m
                                             JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN' AND g.tier <> 'POSSIBLE'
                                    WHERE m.partner_id = l.partner_id);

CREATE TRIGGER trg_link_copies_on_insert
    BEFORE INSERT ON partner_link FOR EACH ROW
    SET NEW.partner_status = (SELECT p.status FROM partner p WHERE p.partner_id = NEW.partner_id),
        NEW.suspected_duplicate = EXISTS (SELECT 1
                                          FROM duplicate_group_member m
                                                   JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN' AND g.tier <> 'POSSIBLE'
                                          WHERE m.partner_id = NEW.partner_id);

CREATE TRIGGER trg_link_copies_on_repoint
    BEFORE UPDATE ON partner_link FOR EACH ROW
    SET NEW.partner_status = IF(NEW.partner_id = OLD.partner_id, NEW.partner_status,
                                (SELECT p.status FROM partner p WHERE p.partner_id = NEW.partner_id)),
        NEW.suspected_duplicate = IF(NEW.partner_id = OLD.partner_id, NEW.suspected_duplicate,
                                     EXISTS (SELECT 1
                                             FROM duplicate_group_member m
                                                      JOIN duplicate_group g
                                                           ON g.group_id = m.group_id AND g.state = 'OPEN' AND g.tier <> 'POSSIBLE'
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
                                                 JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN' AND g.tier <> 'POSSIBLE'
                                        WHERE m.partner_id = NEW.partner_id)
    WHERE l.partner_id = NEW.partner_id;

CREATE TRIGGER trg_member_removed_flags_links
    AFTER DELETE ON duplicate_group_member FOR EACH ROW
    UPDATE partner_link l
    SET l.suspected_duplicate = EXISTS (SELECT 1
                                        FROM duplicate_group_member m
                                                 JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN' AND g.tier <> 'POSSIBLE'
                                        WHERE m.partner_id = OLD.partner_id)
    WHERE l.partner_id = OLD.partner_id;

CREATE TRIGGER trg_group_state_flags_links
    AFTER UPDATE ON duplicate_group FOR EACH ROW
    UPDATE partner_link l JOIN duplicate_group_member gm ON gm.partner_id = l.partner_id AND gm.group_id = NEW.group_id
    SET l.suspected_duplicate = EXISTS (SELECT 1
                                        FROM duplicate_group_member m
                                                 JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN' AND g.tier <> 'POSSIBLE'
                                        WHERE m.partner_id = l.partner_id)
    WHERE NEW.state <> OLD.state OR NEW.tier <> OLD.tier;

-- Deleting a group cascades to its members without firing their triggers: clear the flags first.
CREATE TRIGGER trg_group_deleted_flags_links
    BEFORE DELETE ON duplicate_group FOR EACH ROW
    UPDATE partner_link l JOIN duplicate_group_member gm ON gm.partner_id = l.partner_id AND gm.group_id = OLD.group_id
    SET l.suspected_duplicate = EXISTS (SELECT 1
                                        FROM duplicate_group_member m
                                                 JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN' AND g.tier <> 'POSSIBLE'
                                        WHERE m.partner_id = l.partner_id AND m.group_id <> OLD.group_id);

