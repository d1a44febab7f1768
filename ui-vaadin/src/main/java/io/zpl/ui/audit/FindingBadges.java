package io.zpl.ui.audit;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.shared.Tooltip;
import io.zpl.domain.audit.Finding;
import java.util.Locale;
import java.util.Set;

/** Findings as small badges whose tooltip says the risk and the recommended action. */
final class FindingBadges {

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

    static Span badge(Finding finding) {
        var badge = new Span(label(finding));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (finding) {
                            case SHADOW_UNVERIFIED, SUSPECTED_DUPLICATE, SYNC_FAILING -> "badge error small";
                            case STALE_PROFILE -> "badge warning small";
                            case NO_MESSAGE_HISTORY -> "badge contrast small";
                        });
        badge.addClassName("finding-" + finding.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        badge.getElement()
                .setAttribute(
                        "aria-label", label(finding) + ". Risk: " + finding.risk() + " Action: " + finding.action());
        Tooltip.forComponent(badge).setText("Risk: " + finding.risk() + "\nAction: " + finding.action());
        return badge;
    }

    static FlexLayout of(Set<Finding> findings) {
        var layout = new FlexLayout();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-xs)");
        findings.stream().sorted().map(FindingBadges::badge).forEach(layout::add);
        return layout;
    }
}
