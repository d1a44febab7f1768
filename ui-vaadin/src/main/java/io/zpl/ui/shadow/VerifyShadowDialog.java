package io.zpl.ui.shadow;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.VerifyShadow;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PhoneNumber;
import java.util.ArrayList;
import java.util.List;

/** Confirms who a shadow contact is: its name, more phones and an email; it becomes VERIFIED. */
class VerifyShadowDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField phones = new TextField("Phones (comma separated, added to the existing ones)");
    final EmailField email = new EmailField("Email");
    final Button verify = new Button("Verify");
    private final PartnerCard shadow;
    private final VerifyShadow verifyShadow;
    private final Actor actor;
    private final Runnable onVerified;

    VerifyShadowDialog(PartnerCard shadow, VerifyShadow verifyShadow, Actor actor, Runnable onVerified) {
        this.shadow = shadow;
        this.verifyShadow = verifyShadow;
        this.actor = actor;
        this.onVerified = onVerified;
        setHeaderTitle("Verify #" + shadow.id() + " " + shadow.name());
        name.setValue(shadow.name());
        name.setRequired(true);
        phones.setPlaceholder("0912 345 678, +84 912 345 679");
        email.setValue(shadow.email() == null ? "" : shadow.email());
        add(new FormLayout(name, phones, email));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> verify());
        getFooter().add(new Button("Cancel", e -> close()), verify);
    }

    void verify() {
        name.setInvalid(false);
        phones.setInvalid(false);
        email.setInvalid(false);
        List<PhoneNumber> numbers = new ArrayList<>();
        for (String typed : phones.getValue().split(",")) {
            if (!typed.isBlank()) {
                try {
                    numbers.add(PhoneNumber.parse(typed));
                } catch (IllegalArgumentException e) {
                    invalid(phones, e);
                    return;
                }
            }
        }
        try {
            new PartnerDetails(name.getValue(), List.of(), null, null);
        } catch (IllegalArgumentException e) {
            invalid(name, e);
            return;
        }
        PartnerDetails details;
        try {
            details = new PartnerDetails(name.getValue(), numbers, email.getValue(), null);
        } catch (IllegalArgumentException e) {
            invalid(email, e);
            return;
        }
        try {
            verifyShadow.verify(actor, shadow.id(), details);
            close();
            Notification.show(details.name() + " is verified.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onVerified.run();
        } catch (Conflict | NotFound e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void invalid(HasValidation field, IllegalArgumentException problem) {
        field.setErrorMessage(problem.getMessage());
        field.setInvalid(true);
    }
}
