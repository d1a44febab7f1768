package io.zpl.ui.oa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.OaId;
import java.util.function.Consumer;

/** "Add Official Account": an OA of a registered App, saved as DRAFT; the OA page then connects it to Zalo. */
class OfficialAccountDialog extends Dialog {

    /** What the form holds; the Binder validates it before the use case sees it. */
    public record OaForm(String oaId, String name, ZaloApp app) {}

    final TextField oaId = new TextField("OA ID");
    final TextField name = new TextField("Name");
    final ComboBox<ZaloApp> app = new ComboBox<>("Zalo App");
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Add Official Account");
    final Binder<OaForm> binder = new Binder<>(OaForm.class);
    private final ConfigureZaloOa configure;
    private final Actor actor;
    private final Consumer<OfficialAccount> added;

    OfficialAccountDialog(ConfigureZaloOa configure, Actor actor, Consumer<OfficialAccount> added) {
        this.configure = configure;
        this.actor = actor;
        this.added = added;
        setHeaderTitle("Add Official Account");
        setWidth("560px");
        oaId.setHelperText("The OA's id on oa.zalo.me: digits only");
        var apps = configure.apps(actor);
        app.setItems(apps);
        app.setItemLabelGenerator(a -> a.name() + " (" + a.id().value() + ")");
        if (apps.size() == 1) {
            app.setValue(apps.getFirst());
        }
        problem.setId("oa-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(apps.isEmpty());
        problem.setText(apps.isEmpty() ? "No Zalo App is registered yet: add the App first." : "");
        binder.forField(oaId)
                .asRequired("Enter the OA ID shown on oa.zalo.me.")
                .withValidator(
                        value -> value.strip().matches("[0-9]{1,20}"),
                        "An OA ID is digits only (at most 20), like 2000000000000000001.")
                .bind("oaId");
        binder.forField(name)
                .asRequired("Give the OA the name your colleagues know it by.")
                .withValidator(value -> value.strip().length() <= 100, "Keep the name within 100 characters.")
                .bind("name");
        binder.forField(app)
                .asRequired("Choose the Zalo App this OA belongs to.")
                .bind("app");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new FormLayout(oaId, name, app), problem);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
        problem.setVisible(false);
        OaForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        try {
            var oa = configure.addOfficialAccount(
                    actor, new OaId(form.oaId()), form.name(), form.app().id());
            close();
            added.accept(oa);
        } catch (Conflict | IllegalArgumentException | PermissionDenied refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }
}
