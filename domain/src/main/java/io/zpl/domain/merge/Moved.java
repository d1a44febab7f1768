package io.zpl.domain.merge;

/** How many rows of a table (or the phones copied to the survivor) move. */
public record Moved(String table, long rows) {
    /** The phones the survivor lacked, copied to it (the merged partners keep theirs). */
    public static final String PHONES_COPIED = "partner_phone (copied to the survivor)";
}
