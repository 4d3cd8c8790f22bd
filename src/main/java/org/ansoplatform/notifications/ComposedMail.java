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
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.ansoplatform.platform.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Messages written whole by their module (a newsletter issue): a plain-text and an HTML part ({@link MimeWriter}), a
 * given Message-ID (the same at every attempt, so that a repeated one is recognised), extra headers (List-Unsubscribe),
 * a DKIM signature when configured, and the copy the module wrote without secrets kept in the Messages store with the
 * redacted source; sent and refused messages are counted. A {@link Connection}
 * sends several over one SMTP connection, each accepted (or refused, throwing) before the next.
 */
@Component
class ComposedMail {

    /** One composed message. */
    record Composed(String to, Locale locale, String kind, String messageId, String subject, String text, String html,
            Map<String, String> headers, String storedText) {
    }

    /** The SMTP server refused the recipient for good (5xx to RCPT); the connection stays usable. */
    static final class Refused extends RuntimeException {

        Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** Sends composed messages one after the other over one SMTP connection, opened at the first. */
    interface Connection extends AutoCloseable {

        /** Sends one message; {@code accepted} runs right after the SMTP server accepted it, before its copy is kept. */
        void send(Composed message, Runnable accepted);

        @Override
        void close();
    }

    private final MessageStore mailbox;
    private final ObjectProvider<JavaMailSender> smtp;
    private final DemoMode demo;
    private final Clock clock;
    private final String from;
    private final DkimSigning dkim;
    private final MailMetrics metrics;

    ComposedMail(MessageStore mailbox, ObjectProvider<JavaMailSender> smtp, DemoMode demo, Clock clock,
            @Value("${anso.mail.from:ANSO Platform <no-reply@localhost>}") String from, DkimSigning dkim, MailMetrics metrics) {
        this.mailbox = mailbox;
        this.smtp = smtp;
        this.demo = demo;
        this.clock = clock;
        this.from = from;
        this.dkim = dkim;
        this.metrics = metrics;
    }

    Connection open() {
        JavaMailSender sender = smtp.getIfAvailable();
        return new Connection() {
            private Transport transport;

            @Override
            public void send(Composed message, Runnable accepted) {
                MimeWriter.Outgoing outgoing = outgoing(message);
                if (sender == null) {
                    accepted.run();
                    keep(message, outgoing, false);
                    return;
                }
                MimeMessage mail = write(sender, outgoing);
                try {
                    if (sender instanceof JavaMailSenderImpl impl) {
                        if (transport == null || !transport.isConnected()) {
                            transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
                            transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
                        }
                        transport.sendMessage(mail, mail.getAllRecipients());
                    } else {
                        sender.send(mail);
                    }
                } catch (jakarta.mail.SendFailedException e) {
                    metrics.failed(message.kind());
                    if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                        throw new Refused(e.getMessage(), e);
                    }
                    close();
                    throw new MailSendException("SMTP refused " + message.messageId(), e);
                } catch (MessagingException | RuntimeException e) {
                    metrics.failed(message.kind());
                    close();
                    throw new MailSendException("SMTP refused " + message.messageId(), e);
                }
                metrics.sent(message.kind());
                accepted.run();
                keep(message, outgoing, true);
            }

            @Override
            public void close() {
                if (transport != null) {
                    try {
                        transport.close();
                    } catch (MessagingException ignored) {
                        // the connection is gone either way
                    }
                    transport = null;
                }
            }
        };
    }

    private MimeWriter.Outgoing outgoing(Composed message) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "auto-generated");
        headers.put("X-Auto-Response-Suppress", "OOF, AutoReply");
        headers.putAll(message.headers());
        return new MimeWriter.Outgoing(from, message.to(), null, message.subject(), message.text(), message.html(),
                message.locale(), headers, List.of(), message.messageId(), clock.instant());
    }

    private MimeMessage write(JavaMailSender sender, MimeWriter.Outgoing outgoing) {
        try {
            Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
            return dkim.signed(MimeWriter.write(session, outgoing));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    private void keep(Composed message, MimeWriter.Outgoing outgoing, boolean sent) {
        var now = clock.instant();
        mailbox.record(new MessageView(UUID.randomUUID(), null, message.to(), message.kind(), message.locale().getLanguage(),
                message.subject(), !sent && demo.enabled() ? message.text() : message.storedText(), now,
                sent ? Delivery.SENT : Delivery.OUTBOX, sent ? now : null), MimeWriter.source(outgoing));
    }
}
