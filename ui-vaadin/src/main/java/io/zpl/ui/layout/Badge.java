package io.zpl.ui.layout;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A small rounded label (styles.css), the one way views show a status or a finding. */
public final class Badge extends Span {

    public enum Tone {
        NEUTRAL,
        SUCCESS,
        WARNING,
        ERROR,
        INFO
    }

    public Badge(String text, Tone tone) {
        super(text);
        addClassName("zpl-badge");
        getElement().setAttribute("data-tone", tone.name().toLowerCase(Locale.ROOT));
    }
}
