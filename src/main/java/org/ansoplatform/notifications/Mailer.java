package org.ansoplatform.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.platform.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes a message from its per-locale template (subject and body in the mail message bundles), keeps a
 * copy, and hands it to SMTP when one is configured. A failed SMTP hand-over throws, so the listener's
 * transaction (and the copy) rolls back and the event publication is retried later. The copy keeps no working
 * link secret (decision 53) except in the demo's outbox, where no SMTP server exists and the copy is the only mail.
 */
@Component
class Mailer {

    /** A link secret in a query: every emailed secret travels as {@code token}. */
    private static final Pattern LINK_SECRET = Pattern.compile("([?&]token=)[^&#\\s]+");
    static final String REMOVED = "[removed]";

    private final MessageStore mailbox;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Environment environment;
    private final DemoMode demo;
    private final Clock clock;
    private final String from;

    Mailer(MessageStore mailbox, MessageSource messages, ObjectProvider<JavaMailSender> smtp, Environment environment,
            DemoMode demo, Clock clock, @Value("${anso.mail.from:ANSO Platform <no-reply@localhost>}") String from) {
        this.mailbox = mailbox;
        this.messages = messages;
        this.smtp = smtp;
        this.environment = environment;
        this.demo = demo;
        this.clock = clock;
        this.from = from;
    }

    /** Text the platform wrote (a link, a line of a template), sent as it is; any other text argument is someone's. */
    record Written(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A file sent with a message (a meeting's {@code .ics} invitation); kept out of the stored copy. */
    record Attachment(String filename, String contentType, byte[] content) {
    }

    /** An absolute link into the platform; read at send time so the port of a test server is known. */
    Written link(String pathAndQuery) {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return new Written((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
    }

    /**
     * Someone's text (a display name, a name typed in a form) as it may appear in a mail: what a mail client would
     * turn into a link (a scheme, a dot before a domain-like ending of two letters or more, an at sign between
     * letters) is broken, so that a name such as "Click http://phish.example/login" reads as text and never as
     * the platform's link; numbers ("ANSO 2.0") and initials ("Nguyễn V. Thành") stay as written.
     */
    static String defanged(String text) {
        return text.replace("://", "[:]//")
                .replaceAll("(?<=[\\p{L}\\p{N}])\\.(?=\\p{L}{2})", "[.]")
                .replaceAll("(?<=[\\p{L}\\p{N}])@(?=[\\p{L}\\p{N}])", "[at]");
    }

    /**
     * Sends the message whose subject and body are {@code mail.<kind>.subject/.body} (a module keeps its own
     * as {@code mail.<module>.<name>} in its bundle). The recipient's name is argument {0}, the given
     * arguments follow; text arguments other than {@link Written} are someone's and are {@link #defanged}.
     */
    MessageView send(Contact to, String kind, Object... arguments) {
        return send(to, kind, List.of(), arguments);
    }

    /** The same, with files attached (issue 26: the registration confirmation carries the meeting as {@code .ics}). */
    MessageView send(Contact to, String kind, List<Attachment> attachments, Object... arguments) {
        Locale locale = to.locale();
        Object[] withName = new Object[arguments.length + 1];
        withName[0] = defanged(to.displayName());
        for (int i = 0; i < arguments.length; i++) {
            withName[i + 1] = arguments[i] instanceof String text ? defanged(text) : arguments[i];
        }
        String prefix = "mail." + kind;
        String subject = messages.getMessage(prefix + ".subject", withName, locale);
        String body = messages.getMessage(prefix + ".body", withName, locale);
        return deliver(to, kind, subject, body, null, attachments);
    }

    /**
     * Sends a message someone wrote (the Secretariat to a group of applicants, a meeting's organisers to its
     * participants) as written, with the platform's signature only: the writer greets the reader themselves
     * (“Dear {name},”), so the platform adds no greeting of its own.
     */
    MessageView sendWritten(Contact to, String kind, String subject, String body) {
        return sendWritten(to, kind, subject, body, null);
    }

    /** The same, answered to {@code replyTo} (an address the writer gave) when there is one. */
    MessageView sendWritten(Contact to, String kind, String subject, String body, String replyTo) {
        return deliver(to, kind, subject, body, replyTo, List.of());
    }

    // issue 26 part D turns this into a multipart (text and HTML) message with the attachments
    private MessageView deliver(Contact to, String kind, String subject, String text, String replyTo, List<Attachment> attachments) {
        Locale locale = to.locale();
        String body = text + "\n\n" + messages.getMessage("mail.signature", null, locale);
        JavaMailSender sender = smtp.getIfAvailable();
        var now = clock.instant();
        if (sender != null) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(to.email());
            mail.setSubject(subject);
            mail.setText(body);
            if (replyTo != null && !replyTo.isBlank()) {
                mail.setReplyTo(replyTo);
            }
            sender.send(mail);
        }
        String copy = sender == null && demo.enabled() ? body : LINK_SECRET.matcher(body).replaceAll("$1" + REMOVED);
        MessageView message = new MessageView(UUID.randomUUID(), to.personId(), to.email(), kind, locale.getLanguage(),
                subject, copy, now, sender != null ? Delivery.SENT : Delivery.OUTBOX, sender != null ? now : null);
        mailbox.record(message);
        return message;
    }
}
