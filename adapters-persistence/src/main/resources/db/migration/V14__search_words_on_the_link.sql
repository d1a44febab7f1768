-- The folded words of each link's Zalo name, alias and partner name also on the link row (search_words), so a search
-- tests "every word begins a word" on the row it already reads, instead of probing link_search_word once per word and
-- per link (a common name like "nguyen van" scans many links). link_search_word stays: it is the index a rare word
-- starts from. Both are kept by triggers from one folding function; the word table is now derived from search_words
-- and only touched when those words change, and then only for the words that changed.

DROP TRIGGER trg_link_words_on_insert;
DROP TRIGGER trg_link_words_on_update;
DROP TRIGGER trg_partner_name_to_link_words;
DROP PROCEDURE link_search_words_refresh;

-- lower case, đ as d, every run of other than letters and digits as one space (the collation ignores accents)
CREATE FUNCTION link_search_text(p_display_name VARCHAR(255), p_alias VARCHAR(255), p_name_key VARCHAR(255))
    RETURNS VARCHAR(800) DETERMINISTIC
    RETURN TRIM(REGEXP_REPLACE(LOWER(REPLACE(REPLACE(CONCAT_WS(' ', p_display_name, p_alias, p_name_key), 'đ', 'd'),
                                             'Đ', 'D')),
                               '[^\\p{L}\\p{N}]+', ' '));

ALTER TABLE partner_link ADD COLUMN search_words VARCHAR(800) NULL;

UPDATE partner_link l JOIN partner p ON p.partner_id = l.partner_id
SET l.search_words = link_search_text(l.display_name, l.alias, p.name_key);

-- The word table rows of one link from its search_words: words no longer there are deleted, new ones inserted, the
-- unchanged ones left alone (an INSERT IGNORE of an existing key writes nothing).
CREATE PROCEDURE link_search_words_set(IN p_link BIGINT, IN p_oa VARCHAR(20), IN p_words VARCHAR(800))
    MODIFIES SQL DATA
BEGIN
    DELETE FROM link_search_word
    WHERE link_id = p_link
      AND (p_words IS NULL OR LOCATE(CONCAT(' ', word, ' '), CONCAT(' ', p_words, ' ')) = 0);
    INSERT IGNORE INTO link_search_word (oa_id, word, link_id)
    SELECT p_oa, LEFT(SUBSTRING_INDEX(SUBSTRING_INDEX(p_words, ' ', s.seq), ' ', -1), 40), p_link
    FROM seq_1_to_24 s
    WHERE p_words <> '' AND s.seq <= 1 + CHAR_LENGTH(p_words) - CHAR_LENGTH(REPLACE(p_words, ' ', ''));
END;

CREATE TRIGGER trg_link_search_text_on_insert
    BEFORE INSERT ON partner_link FOR EACH ROW
    SET NEW.search_words = link_search_text(NEW.display_name, NEW.alias,
                                            (SELECT p.name_key FROM partner p WHERE p.partner_id = NEW.partner_id));

CREATE TRIGGER trg_link_search_text_on_update
    BEFORE UPDATE ON partner_link FOR EACH ROW
BEGIN
    IF NOT (NEW.display_name <=> OLD.display_name AND NEW.alias <=> OLD.alias AND NEW.partner_id = OLD.partner_id) THEN
        SET NEW.search_words = link_search_text(NEW.display_name, NEW.alias,
                                                (SELECT p.name_key FROM partner p WHERE p.partner_id = NEW.partner_id));
    END IF;
END;

CREATE TRIGGER trg_link_words_on_insert
    AFTER INSERT ON partner_link FOR EACH ROW
    CALL link_search_words_set(NEW.link_id, NEW.oa_id, NEW.search_words);

CREATE TRIGGER trg_link_words_on_update
    AFTER UPDATE ON partner_link FOR EACH ROW
BEGIN
    IF NOT (NEW.search_words <=> OLD.search_words) THEN
        CALL link_search_words_set(NEW.link_id, NEW.oa_id, NEW.search_words);
    END IF;
END;

CREATE TRIGGER trg_partner_name_to_link_search_text
    AFTER UPDATE ON partner FOR EACH ROW
    UPDATE partner_link l
    SET l.search_words = link_search_text(l.display_name, l.alias, NEW.name_key)
    WHERE l.partner_id = NEW.partner_id AND NEW.name_key <> OLD.name_key;
