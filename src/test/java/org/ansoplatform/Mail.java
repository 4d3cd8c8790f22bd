package org.ansoplatform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what the platform sent to the test's SMTP server. */
public final class Mail {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mail() {
    }

    /**
     * Waits for the newest message to the address whose subject contains the text, and returns its body. Only the
     * address's own mailbox is read: the whole suite sends thousands of messages, and copying all of them at every
     * poll made a wait for one slower than the mail itself. The body is the message's plain-text part.
     */
    public static String awaitBody(String to, String subjectContains) {
        return text(awaitMessage(to, subjectContains));
    }

    /** Waits for the newest message to the address whose subject contains the text, and returns it whole. */
    public static MimeMessage awaitMessage(String to, String subjectContains) {
        MimeMessage[] found = new MimeMessage[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<MimeMessage> received = IntegrationTest.MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(to),
                    message -> true).toList();
            for (int i = received.size() - 1; i >= 0; i--) {
                MimeMessage message = received.get(i);
                if (message.getSubject().contains(subjectContains)) {
                    found[0] = message;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The plain-text part of a message (every platform mail is multipart: text and HTML, and files). */
    public static String text(Part message) {
        return part(message, "text/plain");
    }

    /** The HTML part of a message. */
    public static String html(Part message) {
        return part(message, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String link(String body) {
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no link in " + body);
        }
        return matcher.group();
    }

    /** The path and query of the first link, for MockMvc. */
    public static String path(String body) {
        return link(body).replaceFirst("https?://[^/]+", "");
    }

    public static String token(String body) {
        return link(body).replaceFirst(".*[?&]token=", "");
    }
}
