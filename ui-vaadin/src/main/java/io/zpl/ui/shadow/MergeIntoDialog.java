package io.zpl.ui.shadow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.zpl.application.port.in.VerifyShadow.ShadowView;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.ui.merge.MergeDialog;
import java.util.function.Consumer;

/**
 * "Merge into…": the CS Lead picks which suspected match is the real customer (a shadow can match several, e.g. one
 * on the same phone and others only on the name); the merge dialog then previews merging the shadow into it.
 */
class MergeIntoDialog extends Dialog {

    final RadioButtonGroup<PartnerCard> customer = new RadioButtonGroup<>("Who is the real customer?");
    final Button next = new Button("Preview the merge…");

    MergeIntoDialog(ShadowView view, Consumer<PartnerCard> chosen) {
        setHeaderTitle("Merge #" + view.shadow().id() + " " + view.shadow().name() + " into…");
        customer.setItems(view.suspectedMatches());
        customer.setItemLabelGenerator(MergeDialog::label);
        customer.setValue(MergeDialog.defaultSurvivor(view.suspectedMatches()));
        add(customer);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (customer.getValue() != null) {
                close();
                chosen.accept(customer.getValue());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), next);
    }
}
