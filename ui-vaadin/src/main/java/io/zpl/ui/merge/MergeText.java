package io.zpl.ui.merge;

import io.zpl.domain.merge.Moved;
import io.zpl.domain.zalo.OaId;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** How merges read to a CS Lead: amounts in đồng, tables by what they hold, OAs by name. */
public final class MergeText {

    private MergeText() {}

    public static String money(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.of("vi", "VN")).format(amount) + " ₫";
    }

    /** What the rows of a table are to a CS Lead; an unknown table (a newer one) keeps its name. */
    public static String rows(String table) {
        return switch (table) {
            case "partner_link" -> "Zalo partner links";
            case "sales_order" -> "Quotes and orders";
            case "invoice" -> "Invoices";
            case "ticket" -> "Tickets";
            case Moved.PHONES_COPIED -> "Phones copied to the survivor";
            default -> table;
        };
    }

    public static String oa(Map<OaId, String> names, OaId oaId) {
        return names.getOrDefault(oaId, "OA " + oaId);
    }
}
