package io.zpl.ui.audit;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.shared.Tooltip;
import io.zpl.domain.audit.Finding;
import java.util.Locale;
import java.util.Set;

/** Findings as small badges whose tooltip says the risk and the recommended action. */
public final class FindingBadges {

    private FindingBadges() {}

    static String label(Finding finding) {
        return switch (finding) {
            case SHADOW_UNVERIFIED -> "Shadow, unverified";
            case SUSPECTED_DUPLICATE -> "Suspected duplicate";
            case STALE_PROFILE -> "Stale profile";
            case SYNC_FAILING -> "Sync failing";
            case NO_MESSAGE_HISTORY -> "No message history";
        };
    }

    /** Lumo's badge look as inline style, so that it shows whichever theme stylesheet is loaded. */
    static Span styled(String text, String color) {
        var badge = new Span(text);
        badge.getStyle()
                .set("display", "inline-block")
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "1em")
                .set("font-size", "var(--lumo-font-size-xs, 0.75rem)")
                .set("font-weight", "500")
                .set("white-space", "nowrap")
                .set("color", "var(--lumo-" + color + "-text-color, " + color + ")")
                .set("background", "var(--lumo-" + color + "-color-10pct, rgba(0, 0, 0, 0.06))");
        return badge;
    }

    static Span badge(Finding finding) {
        var badge = styled(
                label(finding),
                switch (finding) {
                    case SHADOW_UNVERIFIED, SUSPECTED_DUPLICATE, SYNC_FAILING -> "error";
                    case STALE_PROFILE -> "warning";
                    case NO_MESSAGE_HISTORY -> "contrast";
                });
        badge.addClassName("finding-" + finding.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        badge.getElement()
                .setAttribute(
                        "aria-label", label(finding) + ". Risk: " + finding.risk() + " Action: " + finding.action());
        Tooltip.forComponent(badge).setText("Risk: " + finding.risk() + "\nAction: " + finding.action());
        return badge;
    }

    public static FlexLayout of(Set<Finding> findings) {
        var layout = new FlexLayout();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "0.25em");
        findings.stream().sorted().map(FindingBadges::badge).forEach(layout::add);
        return layout;
    }
}
