package org.ansoplatform.notifications;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.ansoplatform.platform.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Messages written whole by their module (a newsletter issue): a plain-text and an HTML part, a given Message-ID (the
 * same at every attempt, so that a repeated one is recognised), extra headers (List-Unsubscribe), a DKIM signature
 * when configured, and the copy the module wrote without secrets kept in the Messages store. A {@link Connection}
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

    ComposedMail(MessageStore mailbox, ObjectProvider<JavaMailSender> smtp, DemoMode demo, Clock clock,
            @Value("${anso.mail.from:ANSO Platform <no-reply@localhost>}") String from, DkimSigning dkim) {
        this.mailbox = mailbox;
        this.smtp = smtp;
        this.demo = demo;
        this.clock = clock;
        this.from = from;
        this.dkim = dkim;
    }

    Connection open() {
        JavaMailSender sender = smtp.getIfAvailable();
        return new Connection() {
            private Transport transport;

            @Override
            public void send(Composed message, Runnable accepted) {
                if (sender == null) {
                    accepted.run();
                    keep(message, false);
                    return;
                }
                MimeMessage mail = write(sender, message);
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
                    if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                        throw new Refused(e.getMessage(), e);
                    }
                    close();
                    throw new MailSendException("SMTP refused " + message.messageId(), e);
                } catch (MessagingException e) {
                    close();
                    throw new MailSendException("SMTP refused " + message.messageId(), e);
                }
                accepted.run();
                keep(message, true);
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

    private MimeMessage write(JavaMailSender sender, Composed message) {
        try {
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            for (var header : message.headers().entrySet()) {
                mail.setHeader(header.getKey(), header.getValue());
            }
            // saving draws a new Message-ID: the given one is set again after it
            mail.saveChanges();
            mail.setHeader("Message-ID", message.messageId());
            return dkim.signed(mail);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    private void keep(Composed message, boolean sent) {
        var now = clock.instant();
        mailbox.record(new MessageView(UUID.randomUUID(), null, message.to(), message.kind(), message.locale().getLanguage(),
                message.subject(), !sent && demo.enabled() ? message.text() : message.storedText(), now,
                sent ? Delivery.SENT : Delivery.OUTBOX, sent ? now : null));
    }
}
