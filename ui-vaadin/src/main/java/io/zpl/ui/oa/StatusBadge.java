package io.zpl.ui.oa;

import com.vaadin.flow.component.html.Span;
import io.zpl.domain.oa.OaStatus;

final class StatusBadge {
    private StatusBadge() {}

    static Span of(OaStatus status) {
        var badge = new Span(status.name());
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case CONNECTED -> "badge success";
                            case DRAFT -> "badge contrast";
                            case EXPIRED, ERROR -> "badge error";
                        });
        return badge;
    }
}
