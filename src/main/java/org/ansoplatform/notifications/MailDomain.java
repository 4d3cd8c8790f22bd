package org.ansoplatform.notifications;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The domain of the platform's Message-IDs (decision 417): {@code anso.mail.message-id-domain} when set, else the
 * domain of the {@code anso.mail.from} address, else the host of {@code anso.base-url}, whichever is first a real
 * domain; JavaMail's own default, the host name of the machine, says nothing a receiver can check and often reads
 * {@code localhost}.
 */
@Component
class MailDomain {

    private final String configured;
    private final String from;
    private final Environment environment;

    MailDomain(@Value("${anso.mail.message-id-domain:}") String configured,
            @Value("${anso.mail.from:ANSO Platform <no-reply@localhost>}") String from, Environment environment) {
        this.configured = configured.strip();
        this.from = from;
        this.environment = environment;
    }

    /** A new Message-ID under the platform's domain. */
    String messageId() {
        return "<" + UUID.randomUUID() + "@" + domain() + ">";
    }

    String domain() {
        // the base address is read at each use: a test server's port is known only once it listens
        return of(configured, from, environment.getProperty("anso.base-url", ""));
    }

    static String of(String configured, String from, String baseUrl) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().toLowerCase(Locale.ROOT);
        }
        String address = from.replaceAll(".*<([^>]*)>.*", "$1").strip();
        int at = address.lastIndexOf('@');
        String fromDomain = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (real(fromDomain)) {
            return fromDomain;
        }
        String host = host(baseUrl);
        if (real(host)) {
            return host;
        }
        return fromDomain.isEmpty() ? "localhost" : fromDomain;
    }

    private static String host(String baseUrl) {
        try {
            String host = URI.create(baseUrl.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    /** A name under which someone could receive mail: dotted, not local, not an address literal. */
    static boolean real(String domain) {
        return domain.contains(".") && !domain.endsWith(".localhost") && !domain.endsWith(".local")
                && !domain.endsWith(".localdomain") && !domain.matches("[0-9.]+|\\[.*]") && !domain.contains(":");
    }
}
