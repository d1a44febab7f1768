package io.zpl.domain.access;

public enum Role {
    /** Admin/IT: Apps and OAs, the Zalo Partners list, Sync Profile, Zalo events. */
    ZALO_ADMIN("Zalo Admin"),
    /** Reviews suspected duplicates, merges and undoes merges, verifies shadow contacts. */
    CS_LEAD("CS Lead"),
    /** CS, Sales, Accounting: reads, and asks whether a partner may receive business content. */
    AGENT("Agent");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
