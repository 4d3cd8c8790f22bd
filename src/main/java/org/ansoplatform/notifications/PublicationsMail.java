package org.ansoplatform.notifications;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.publications.NewsletterMailer;
import org.ansoplatform.publications.NewsletterMessage;
import org.ansoplatform.publications.SubscriptionRequested;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of publications: the confirmation of a newsletter subscription (or, for an address already subscribed,
 * a note that it is), and each newsletter message with its Message-ID and the one-click unsubscribe headers of
 * RFC 8058 ({@code List-Unsubscribe} with the link and an optional mailto, {@code List-Unsubscribe-Post}).
 */
@Component
class PublicationsMail implements NewsletterMailer {

    private final Mailer mailer;
    private final ComposedMail composed;
    private final MessageSource messages;

    PublicationsMail(Mailer mailer, ComposedMail composed, MessageSource messages) {
        this.mailer = mailer;
        this.composed = composed;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(SubscriptionRequested request) {
        Locale locale = Locale.forLanguageTag(request.language());
        String greeting = messages.getMessage("mail.publications.subscriber", null, locale);
        Contact to = new Contact(null, request.email(), greeting, locale);
        if (request.confirmPath().isEmpty()) {
            mailer.send(to, "publications.alreadySubscribed");
        } else {
            mailer.send(to, "publications.confirmSubscription", mailer.link(request.confirmPath()));
        }
    }

    @Override
    public void send(NewsletterMessage message) {
        try (Connection connection = connect()) {
            connection.send(message, () -> { });
        }
    }

    /** One SMTP connection for a batch: each message accepted before the next is written. */
    @Override
    public Connection connect() {
        ComposedMail.Connection smtp = composed.open();
        return new Connection() {
            @Override
            public void send(NewsletterMessage message, Runnable accepted) {
                try {
                    smtp.send(composed(message), accepted);
                } catch (ComposedMail.Refused refused) {
                    throw new Refused(refused.getMessage(), refused);
                }
            }

            @Override
            public void close() {
                smtp.close();
            }
        };
    }

    private static ComposedMail.Composed composed(NewsletterMessage message) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">"
                + (message.unsubscribeMailto().isEmpty() ? "" : ", <" + message.unsubscribeMailto() + ">"));
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Precedence", "bulk");
        return new ComposedMail.Composed(message.to(), Locale.forLanguageTag(message.language()), "publications.newsletter",
                message.messageId(), message.subject(), message.text(), message.html(), headers, message.storedText());
    }
}
