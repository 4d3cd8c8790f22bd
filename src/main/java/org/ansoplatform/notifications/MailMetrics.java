package org.ansoplatform.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The counts of mail handed to SMTP, refused by it, and skipped because the reader left the list: {@code anso.mail.sent},
 * {@code anso.mail.failed} and {@code anso.mail.skipped}, tagged with the first segment of the mail's kind
 * ({@code meetings}, {@code calls}), a handful of values whatever the number of kinds (decision 422).
 */
@Component
class MailMetrics {

    private final MeterRegistry registry;

    MailMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void sent(String kind) {
        count("anso.mail.sent", "Emails handed to the SMTP server", kind);
    }

    void failed(String kind) {
        count("anso.mail.failed", "Emails the SMTP server did not accept", kind);
    }

    void skipped(String kind) {
        count("anso.mail.skipped", "Emails not sent because the reader left the list", kind);
    }

    static String segment(String kind) {
        int dot = kind.indexOf('.');
        return dot < 0 ? kind : kind.substring(0, dot);
    }

    private void count(String name, String description, String kind) {
        Counter.builder(name).description(description).tag("kind", segment(kind)).register(registry).increment();
    }
}
