package io.zpl.domain.record;

import io.zpl.domain.partner.PartnerId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;

/** A record the ERP owns and pushes to us, identified by its external reference within its kind. */
public sealed interface BusinessRecord {

    String externalRef();

    PartnerId partnerId();

    @ValueObject
    record SalesOrder(
            String externalRef, PartnerId partnerId, Stage stage, String title, BigDecimal amount, Instant issuedAt)
            implements BusinessRecord {
        public enum Stage {
            QUOTE,
            ORDER
        }

        public SalesOrder {
            externalRef = References.require(externalRef);
            References.requireNotNegative(amount, "amount");
        }
    }

    /** An invoice; its {@code amountDue} is what makes up the partner's open balance. */
    @ValueObject
    record Invoice(
            String externalRef, PartnerId partnerId, BigDecimal amountTotal, BigDecimal amountDue, Instant issuedAt)
            implements BusinessRecord {
        public Invoice {
            externalRef = References.require(externalRef);
            References.requireNotNegative(amountTotal, "amount total");
            References.requireNotNegative(amountDue, "amount due");
            if (amountDue.compareTo(amountTotal) > 0) {
                throw new IllegalArgumentException("invoice " + externalRef + ": amount due exceeds the total");
            }
        }
    }

    @ValueObject
    record Ticket(String externalRef, PartnerId partnerId, String subject, State state, Instant openedAt)
            implements BusinessRecord {
        public enum State {
            OPEN,
            CLOSED
        }

        public Ticket {
            externalRef = References.require(externalRef);
        }
    }
}
