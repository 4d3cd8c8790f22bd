package org.ansoplatform;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

/** Reads what the platform sent to the test's SMTP server. */
public final class Mail {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mail() {
    }

    /** Waits for the newest message to the address whose subject contains the text, and returns its body. */
    public static String awaitBody(String to, String subjectContains) {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            MimeMessage[] received = IntegrationTest.MAIL.getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                MimeMessage message = received[i];
                boolean addressed = Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to));
                if (addressed && message.getSubject().contains(subjectContains)) {
                    body[0] = message.getContent().toString();
                    return true;
                }
            }
            return false;
        });
        return body[0];
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
