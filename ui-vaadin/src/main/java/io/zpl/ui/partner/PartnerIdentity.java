package io.zpl.ui.partner;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import io.zpl.domain.partner.Partner;
import io.zpl.ui.layout.PhoneText;
import org.jspecify.annotations.Nullable;

/** Who the partner is: status, phones, email, address, where the record came from, and its id. */
final class PartnerIdentity extends FormLayout {

    final Span status = new Span();
    final Span phones = new Span();
    final Span email = new Span();
    final Span address = new Span();
    final Span origin = new Span();
    final Span partnerId = new Span();

    PartnerIdentity() {
        addClassName("partner-identity");
        addFormItem(status, "Status");
        addFormItem(phones, "Phones");
        addFormItem(email, "Email");
        addFormItem(address, "Address");
        addFormItem(origin, "Origin");
        addFormItem(partnerId, "Partner id");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void show(Partner partner) {
        status.removeAll();
        status.add(StatusBadge.of(partner.status()));
        phones.setText(orDash(PhoneText.of(partner.phones())));
        email.setText(orDash(partner.email()));
        address.setText(orDash(partner.address()));
        origin.setText(orDash(partner.origin()));
        partnerId.setText(partner.id().toString());
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
