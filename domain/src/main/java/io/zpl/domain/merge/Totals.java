package io.zpl.domain.merge;

import java.math.BigDecimal;

/** Documents (quotes/orders, invoices, tickets) and the open balance (sum of invoices' amount due). */
public record Totals(long documents, BigDecimal balance) {
    public static final Totals NONE = new Totals(0, BigDecimal.ZERO);

    public Totals plus(Totals other) {
        return new Totals(documents + other.documents, balance.add(other.balance));
    }
}
