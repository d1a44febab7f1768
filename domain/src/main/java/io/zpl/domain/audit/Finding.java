package io.zpl.domain.audit;

/** The guide's Quick Decision Table: what an audit can observe on a link, the risk, and what to do. */
public enum Finding {
    SHADOW_UNVERIFIED(
            "Business content could be sent to a person nobody has verified.",
            "Keep under review; verify the customer before any business operation."),
    SUSPECTED_DUPLICATE(
            "Orders, balances and tickets split across records; debt may be counted twice.",
            "Merge the contacts per the duplicate procedure, then re-audit the Zalo Partners of each OA."),
    STALE_PROFILE(
            "CS may mistake this person for someone else.", "Open the link and click Sync Profile before continuing."),
    SYNC_FAILING(
            "The profile cannot be refreshed from Zalo.",
            "Check the OA token, its permissions and whether the person still follows the OA."),
    NO_MESSAGE_HISTORY(
            "There is no conversation to cross-check who this is.", "Informational: rely on other evidence.");

    private final String risk;
    private final String action;

    Finding(String risk, String action) {
        this.risk = risk;
        this.action = action;
    }

    public String risk() {
        return risk;
    }

    public String action() {
        return action;
    }
}
