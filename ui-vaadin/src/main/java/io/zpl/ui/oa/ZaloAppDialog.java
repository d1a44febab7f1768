package io.zpl.ui.oa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.zalo.ZaloAppId;

/**
 * "Add Zalo App" of the guide's Configure Zalo OA step: the App ID and secrets from developers.zalo.me. The secrets go
 * straight to the use case (which keeps them encrypted) and are never shown again: the dialog closes on success.
 */
class ZaloAppDialog extends Dialog {

    /** What the form holds; the Binder validates it before the use case sees it. */
    public record AppForm(
            String appId, String name, String appSecret, String oaSecretKey, SignatureVariant signatureVariant) {}

    final TextField appId = new TextField("App ID");
    final TextField name = new TextField("Name");
    final PasswordField appSecret = new PasswordField("App secret");
    final PasswordField oaSecretKey = new PasswordField("OA secret key");
    final RadioButtonGroup<SignatureVariant> signatureVariant = new RadioButtonGroup<>("Webhook signature");
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save App");
    final Binder<AppForm> binder = new Binder<>(AppForm.class);
    private final ConfigureZaloOa configure;
    private final Actor actor;

    ZaloAppDialog(ConfigureZaloOa configure, Actor actor) {
        this.configure = configure;
        this.actor = actor;
        setHeaderTitle("Add Zalo App");
        setWidth("560px");
        appId.setHelperText("From developers.zalo.me: digits only");
        appSecret.setHelperText("Used to connect OAs (OAuth); stored encrypted, never shown again");
        oaSecretKey.setHelperText("Used to check webhook signatures; stored encrypted, never shown again");
        signatureVariant.setItems(SignatureVariant.values());
        signatureVariant.setItemLabelGenerator(ZaloAppDialog::label);
        signatureVariant.setValue(SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET);
        problem.setId("zalo-app-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        bind();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var form = new FormLayout(appId, name, appSecret, oaSecretKey, signatureVariant);
        form.setColspan(signatureVariant, 2);
        add(form, problem);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void bind() {
        binder.forField(appId)
                .asRequired("Enter the App ID shown on developers.zalo.me.")
                .withValidator(
                        value -> value.strip().matches("[0-9]{1,20}"),
                        "An App ID is digits only (at most 20), like 1000000000000000001.")
                .bind("appId");
        binder.forField(name)
                .asRequired("Give the App a name your colleagues recognise.")
                .withValidator(value -> value.strip().length() <= 100, "Keep the name within 100 characters.")
                .bind("name");
        binder.forField(appSecret)
                .asRequired("Enter the App's secret key; without it no OA of this App can be connected.")
                .bind("appSecret");
        binder.forField(oaSecretKey)
                .asRequired("Enter the OA secret key; without it Zalo's webhooks cannot be checked.")
                .bind("oaSecretKey");
        binder.forField(signatureVariant)
                .asRequired("Choose how Zalo signs this App's webhooks.")
                .bind("signatureVariant");
    }

    void save() {
        problem.setVisible(false);
        AppForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        try {
            var app = configure.registerApp(
                    actor,
                    new ZaloAppId(form.appId()),
                    form.name(),
                    form.appSecret(),
                    form.oaSecretKey(),
                    form.signatureVariant());
            Notification.show(
                            "Zalo App " + app.name() + " saved. Its secrets are stored encrypted and will not be"
                                    + " shown again.",
                            6000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (Conflict | IllegalArgumentException | PermissionDenied refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }

    private static String label(SignatureVariant variant) {
        return switch (variant) {
            case APP_ID_BODY_TIMESTAMP_OA_SECRET -> "With the OA secret key (Zalo's documented form)";
            case APP_ID_BODY_TIMESTAMP_APP_SECRET -> "With the app secret (reported by some integrations)";
        };
    }
}
