package org.ansoplatform.notifications;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import org.ansoplatform.accounts.AccountQueries.Contact;
import org.ansoplatform.platform.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Writes a message from its per-locale template (subject and body in the mail message bundles), keeps a
 * copy and its redacted source, and hands it to SMTP when one is configured: plain text with its HTML twin, files
 * attached, under the platform's Message-ID, marked as automatic (decisions 414-418). A failed SMTP hand-over throws, so the listener's
 * transaction (and the copy) rolls back and the event publication is retried later. The copy keeps no working
 * link secret (decision 53) except in the demo's outbox, where no SMTP server exists and the copy is the only mail.
 */
@Component
class Mailer {

    static final String REMOVED = "[removed]";

    private final MessageStore mailbox;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Environment environment;
    private final DemoMode demo;
    private final Clock clock;
    private final String from;
    private final MailDomain domain;
    private final DkimSigning dkim;
    private final MailMetrics metrics;

    Mailer(MessageStore mailbox, MessageSource messages, ObjectProvider<JavaMailSender> smtp, Environment environment,
            DemoMode demo, Clock clock, @Value("${anso.mail.from:ANSO Platform <no-reply@localhost>}") String from,
            MailDomain domain, DkimSigning dkim, MailMetrics metrics) {
        this.mailbox = mailbox;
        this.messages = messages;
        this.smtp = smtp;
        this.environment = environment;
        this.demo = demo;
        this.clock = clock;
        this.from = from;
        this.domain = domain;
        this.dkim = dkim;
        this.metrics = metrics;
    }

    /** Text the platform wrote (a link, a line of a template), sent as it is; any other text argument is someone's. */
    record Written(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A file sent with a message (a meeting's {@code .ics} invitation); the stored source notes only its size. */
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

    /**
     * A message someone wrote to the readers of a list (the Secretariat to applicants): as {@link #sendWritten}, with
     * the list's headers (the one-click unsubscribe of RFC 8058, {@code Precedence: bulk}) and a last line that says
     * how to leave the list.
     */
    MessageView sendToList(Contact to, String kind, String subject, String body, String replyTo, Map<String, String> listHeaders,
            Written leave) {
        return deliver(to, kind, subject, body + "\n\n" + leave.text(), replyTo, List.of(), listHeaders);
    }

    private MessageView deliver(Contact to, String kind, String subject, String text, String replyTo, List<Attachment> attachments) {
        return deliver(to, kind, subject, text, replyTo, attachments, Map.of());
    }

    private MessageView deliver(Contact to, String kind, String subject, String text, String replyTo, List<Attachment> attachments,
            Map<String, String> listHeaders) {
        Locale locale = to.locale();
        String signature = messages.getMessage("mail.signature", null, locale);
        String body = text + "\n\n" + signature;
        var now = clock.instant();
        Map<String, String> headers = new LinkedHashMap<>();
        // every mail the platform sends is written or sent by the platform itself (decision 418)
        headers.put("Auto-Submitted", "auto-generated");
        headers.put("X-Auto-Response-Suppress", "OOF, AutoReply");
        headers.putAll(listHeaders);
        MimeWriter.Outgoing outgoing = new MimeWriter.Outgoing(from, to.email(), replyTo, subject, body,
                MailHtml.of(subject, text, signature, locale, link("").text()), locale, headers, attachments, domain.messageId(), now);
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender != null) {
            Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
            try {
                sender.send(dkim.signed(MimeWriter.write(session, outgoing)));
            } catch (MessagingException | RuntimeException failed) {
                metrics.failed(kind);
                throw failed instanceof RuntimeException runtime ? runtime : new MailPreparationException(failed);
            }
            metrics.sent(kind);
        }
        String copy = sender == null && demo.enabled() ? body : MimeWriter.redact(body);
        MessageView message = new MessageView(UUID.randomUUID(), to.personId(), to.email(), kind, locale.getLanguage(),
                subject, copy, now, sender != null ? Delivery.SENT : Delivery.OUTBOX, sender != null ? now : null);
        mailbox.record(message, MimeWriter.source(outgoing));
        return message;
    }
}
