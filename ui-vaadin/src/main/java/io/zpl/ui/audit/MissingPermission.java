package io.zpl.ui.audit;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.zpl.application.port.in.PermissionDenied;

/** What a person without the Zalo Admin role sees instead of the audit (the guide's troubleshooting entry). */
final class MissingPermission extends VerticalLayout {

    MissingPermission(PermissionDenied denied) {
        setId("missing-permission");
        add(new H2("Missing Zalo Admin permission — ask an administrator"));
        add(new Paragraph(denied.getMessage()
                + " The Zalo Partners list, the readiness checkpoint and partner link forms are for Admin/IT;"
                + " an administrator can give your account the Zalo Admin role."));
    }
}
