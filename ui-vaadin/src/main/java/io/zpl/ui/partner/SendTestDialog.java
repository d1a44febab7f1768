package io.zpl.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.in.SendTestMessage;
import io.zpl.application.port.in.SendTestMessage.Outcome;
import io.zpl.domain.guard.Decision;
import io.zpl.domain.guard.Reason;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.ui.layout.Badge;
import java.util.UUID;

/**
 * Sends one test message to the partner on one OA, if the send guard lets business content through. The dialog is
 * one attempt: its key goes with the send, and once Zalo answered (or did not) the button stays off, so nothing is
 * sent twice by a double click or a retry. Closing and opening it again is a new, deliberate attempt.
 */
final class SendTestDialog extends Dialog {

    static final String DEFAULT_TEXT = "Test message from Zalo Partner Links: please ignore.";

    final TextArea text = new TextArea("Message");
    final Button send = new Button("Send test message");
    final Div result = new Div();
    private final String attemptKey = UUID.randomUUID().toString();

    SendTestDialog(SendTestMessage sender, Actor actor, PartnerId partner, OaId oa, String oaName) {
        setHeaderTitle("Send a test message on " + oaName);
        add(new Paragraph("The send guard is asked first: nothing goes out when it blocks business content. Zalo only"
                + " takes free-form messages to people who interacted with the OA in the last 7 days."));
        text.setValue(DEFAULT_TEXT);
        text.setMaxLength(SendTestMessage.MAX_TEXT);
        text.setWidthFull();
        result.addClassName("test-send-result");
        add(text, result);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send(sender, actor, partner, oa));
        getFooter().add(new Button("Close", click -> close()), send);
    }

    private void send(SendTestMessage sender, Actor actor, PartnerId partner, OaId oa) {
        SendTestMessage.Command command;
        try {
            command = new SendTestMessage.Command(partner, oa, text.getValue(), attemptKey);
            text.setInvalid(false);
        } catch (IllegalArgumentException e) {
            text.setErrorMessage(e.getMessage());
            text.setInvalid(true);
            return;
        }
        send.setEnabled(false);
        text.setReadOnly(true);
        try {
            show(sender.send(actor, command));
        } catch (PermissionDenied | NotFound e) {
            result.removeAll();
            result.add(line(new Badge("Not sent", Badge.Tone.ERROR), e.getMessage()));
        }
    }

    private void show(Outcome outcome) {
        result.removeAll();
        var resolution = outcome.resolution();
        switch (outcome) {
            case Outcome.Blocked blocked -> {
                result.add(line(
                        new Badge("Blocked", Badge.Tone.ERROR),
                        "Not sent: the send guard blocks business content to " + resolution.partnerName() + " on "
                                + resolution.oaName() + "."));
                for (Reason reason : resolution.reasons()) {
                    result.add(line(
                            new Badge(
                                    reason.code().name(),
                                    reason.effect() == Decision.BLOCK ? Badge.Tone.ERROR : Badge.Tone.WARNING),
                            reason.message()));
                }
            }
            case Outcome.Sent sent ->
                result.add(line(
                        new Badge("Sent", Badge.Tone.SUCCESS),
                        "Zalo took the message for user " + resolution.zaloUserId() + " (Zalo message "
                                + sent.zaloMsgId() + "). Its delivery shows under Zalo links once Zalo reports it."));
            case Outcome.NotSent notSent -> result.add(line(new Badge("Not sent", Badge.Tone.ERROR), notSent.reason()));
            case Outcome.Unknown unknown ->
                result.add(line(new Badge("Unknown, check Zalo Events", Badge.Tone.WARNING), unknown.reason()));
            case Outcome.AlreadyAttempted again ->
                result.add(line(
                        new Badge("Already attempted", Badge.Tone.WARNING),
                        "This attempt was made before; nothing was sent again."));
        }
        if (!(outcome instanceof Outcome.Blocked)) {
            // what the guard warned about (stale profile, not a follower, outside Zalo's window) still applies
            for (Reason reason : resolution.reasons()) {
                result.add(line(new Badge(reason.code().name(), Badge.Tone.WARNING), reason.message()));
            }
        }
    }

    private static Div line(Badge badge, String words) {
        return new Div(badge, new Span(" " + words));
    }
}
