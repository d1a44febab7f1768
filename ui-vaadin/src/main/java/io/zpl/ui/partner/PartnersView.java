package io.zpl.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ImportBusinessRecords;
import io.zpl.domain.access.Role;
import io.zpl.domain.partner.PartnerId;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/** Partners: open one by id, and (Zalo Admins) import the ERP's business records from a CSV file. */
@Route(value = "partners", layout = MainLayout.class)
@PageTitle("Partners · Zalo Partner Links")
@PermitAll
public class PartnersView extends VerticalLayout {

    final TextField partnerId = new TextField("Partner id");
    final Button open = new Button("Open", VaadinIcon.ARROW_RIGHT.create());
    final @Nullable Button importRecords;
    private final ImportBusinessRecords records;
    private final Actor actor;

    public PartnersView(ImportBusinessRecords records, CurrentActor currentActor) {
        this.records = records;
        this.actor = currentActor.get();
        add(new H2("Partners"));
        add(new Paragraph("One partner per real customer: open a partner to see whether business content may reach"
                + " them on each OA, their business records and their open balance."));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> openPartner());
        partnerId.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> openPartner());
        var bar = new HorizontalLayout(partnerId, open);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (actor.has(Role.ZALO_ADMIN)) {
            importRecords = new Button("Import business records (CSV)", VaadinIcon.UPLOAD.create());
            importRecords.addClickListener(click -> new ImportRecordsDialog(records, actor).open());
            bar.add(importRecords);
        } else {
            importRecords = null;
        }
        add(bar);
    }

    private void openPartner() {
        try {
            PartnerId id = PartnerId.parse(partnerId.getValue());
            partnerId.setInvalid(false);
            getUI().ifPresent(ui -> ui.navigate("partners/" + id));
        } catch (IllegalArgumentException e) {
            partnerId.setErrorMessage(e.getMessage());
            partnerId.setInvalid(true);
        }
    }
}
