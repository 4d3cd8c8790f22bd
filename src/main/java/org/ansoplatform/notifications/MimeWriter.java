package org.ansoplatform.notifications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.MailPreparationException;

/**
 * Writes every platform mail the way mail clients expect it (decisions 414-416): {@code multipart/alternative} with a
 * plain-text and an HTML part in UTF-8, inside {@code multipart/mixed} when files are attached; the given Message-ID
 * (the platform's domain, never the host name JavaMail would draw), {@code Date}, {@code Content-Language} and the
 * caller's headers. It also writes the source an administrator reads (decision 421): the same message from the
 * redacted texts and headers, each attachment's content replaced by a note of its size.
 */
final class MimeWriter {

    /** A link secret in a query, also as HTML writes the ampersand: every emailed secret travels as {@code token}. */
    private static final Pattern LINK_SECRET = Pattern.compile("((?:[?&]|&amp;)token=)[^&#\\s\"'<>]+");
    /** A newsletter's unsubscribe secret, which travels in the path (decision 194). */
    private static final Pattern PATH_SECRET = Pattern.compile("(/unsubscribe/)(?!one-click)[^/\\s\"'<>?#]+");
    private static final Session OFFLINE = Session.getInstance(new Properties());

    /** One message as it leaves: the recipient's address, the texts and everything that goes into the headers. */
    record Outgoing(String from, String to, String replyTo, String subject, String text, String html, Locale locale,
            Map<String, String> headers, List<Mailer.Attachment> attachments, String messageId, Instant date) {

        /** The same message with its link secrets removed from the texts and the headers. */
        Outgoing redacted() {
            Map<String, String> clean = new java.util.LinkedHashMap<>();
            headers.forEach((name, value) -> clean.put(name, redact(value)));
            return new Outgoing(from, to, replyTo, redact(subject), redact(text), redact(html), locale, clean, attachments,
                    messageId, date);
        }
    }

    private MimeWriter() {
    }

    /** The text with every link secret replaced by {@link Mailer#REMOVED}. */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String noQuery = LINK_SECRET.matcher(text).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(Mailer.REMOVED));
        return PATH_SECRET.matcher(noQuery).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(Mailer.REMOVED));
    }

    /** The message ready to send in {@code session} (the mail sender's). */
    static MimeMessage write(Session session, Outgoing mail) {
        return write(session, mail, false);
    }

    /** The message's RFC 5322 source from its redacted twin, attachments summarized. */
    static String source(Outgoing mail) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(OFFLINE, mail.redacted(), true).writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage write(Session session, Outgoing mail, boolean summarized) {
        try {
            MimeMessage message = new Identified(session, mail.messageId());
            message.setFrom(address(mail.from()));
            message.setRecipients(MimeMessage.RecipientType.TO, new InternetAddress[] {address(mail.to())});
            if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
                message.setReplyTo(new InternetAddress[] {address(mail.replyTo())});
            }
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(Date.from(mail.date()));
            message.setHeader("Content-Language", mail.locale().toLanguageTag());
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(mail.text(), "UTF-8", "plain");
            alternative.addBodyPart(plain);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            alternative.addBodyPart(html);
            if (mail.attachments().isEmpty()) {
                message.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                for (Mailer.Attachment attachment : mail.attachments()) {
                    mixed.addBodyPart(attachment(attachment, summarized));
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    private static MimeBodyPart attachment(Mailer.Attachment attachment, boolean summarized) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        byte[] content = summarized
                ? ("[" + attachment.content().length + " bytes, not kept in the platform's copy]\r\n").getBytes(StandardCharsets.US_ASCII)
                : attachment.content();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, attachment.contentType())));
        part.setFileName(attachment.filename());
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    /** An address as configured or given, its display name (“ANSO 平台”) encoded in UTF-8 where it needs to be. */
    private static InternetAddress address(String written) throws MessagingException {
        InternetAddress parsed = new InternetAddress(written, false);
        if (parsed.getPersonal() == null) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("every Java platform has UTF-8", e);
        }
    }

    /** Keeps its Message-ID whenever its headers are saved again (by the mail sender too). */
    private static final class Identified extends MimeMessage {

        private final String messageId;

        Identified(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
