-- The words of each link's Zalo name, alias and partner name (lower case, đ as d; the collation ignores accents),
-- so a name search is an index range per word ("tran%") instead of a scan of the OA's links. Kept exact by the
-- triggers below, whatever code writes links or partners.

CREATE TABLE link_search_word (
    oa_id   VARCHAR(20) NOT NULL,
    word    VARCHAR(40) NOT NULL,
    link_id BIGINT      NOT NULL,
    PRIMARY KEY (oa_id, word, link_id),
    KEY ix_search_word_link (link_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The words of the links with ids from p_first to p_last, in one statement: the n-th word of each link's folded text
-- for n = 1..24 (seq_1_to_24 is MariaDB's sequence engine). Triggers refresh one link; the backfill below, all of them.
CREATE PROCEDURE link_search_words_refresh(IN p_first BIGINT, IN p_last BIGINT)
    MODIFIES SQL DATA
BEGIN
    DELETE FROM link_search_word WHERE link_id BETWEEN p_first AND p_last;
    INSERT IGNORE INTO link_search_word (oa_id, word, link_id)
    SELECT DISTINCT t.oa_id, LEFT(SUBSTRING_INDEX(SUBSTRING_INDEX(t.txt, ' ', s.seq), ' ', -1), 40), t.link_id
    FROM (SELECT l.link_id,
                 l.oa_id,
                 TRIM(REGEXP_REPLACE(LOWER(REPLACE(REPLACE(CONCAT_WS(' ', l.display_name, l.alias, p.name_key),
                                                           'đ', 'd'), 'Đ', 'D')),
                                     '[^\\p{L}\\p{N}]+', ' ')) AS txt
          FROM partner_link l
                   JOIN partner p ON p.partner_id = l.partner_id
          WHERE l.link_id BETWEEN p_first AND p_last
          LIMIT 18446744073709551615) t -- LIMIT keeps t materialised: the folding runs once per link, not per seq row
             JOIN seq_1_to_24 s ON s.seq <= 1 + CHAR_LENGTH(t.txt) - CHAR_LENGTH(REPLACE(t.txt, ' ', ''))
    WHERE t.txt <> '';
END;

CREATE TRIGGER trg_link_words_on_insert
    AFTER INSERT ON partner_link FOR EACH ROW
    CALL link_search_words_refresh(NEW.link_id, NEW.link_id);

CREATE TRIGGER trg_link_words_on_update
    AFTER UPDATE ON partner_link FOR EACH ROW
BEGIN
    IF NOT (NEW.display_name <=> OLD.display_name AND NEW.alias <=> OLD.alias AND NEW.partner_id = OLD.partner_id) THEN
        CALL link_search_words_refresh(NEW.link_id, NEW.link_id);
    END IF;
END;

CREATE TRIGGER trg_link_words_on_delete
    AFTER DELETE ON partner_link FOR EACH ROW
    DELETE FROM link_search_word WHERE link_id = OLD.link_id;

CREATE TRIGGER trg_partner_name_to_link_words
    AFTER UPDATE ON partner FOR EACH ROW
BEGIN
    DECLARE done BOOLEAN DEFAULT FALSE;
    DECLARE v_link BIGINT;
    DECLARE links CURSOR FOR SELECT link_id FROM partner_link WHERE partner_id = NEW.partner_id;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
    IF NEW.name_key <> OLD.name_key THEN
        OPEN links;
        refresh: LOOP
            FETCH links INTO v_link;
            IF done THEN
                LEAVE refresh;
            END IF;
            CALL link_search_words_refresh(v_link, v_link);
        END LOOP;
        CLOSE links;
    END IF;
END;

CALL link_search_words_refresh(0, 9223372036854775807);
