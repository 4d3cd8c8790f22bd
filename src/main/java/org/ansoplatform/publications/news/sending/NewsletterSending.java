package org.ansoplatform.publications.news.sending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.publications.NewsletterMailer;
import org.ansoplatform.publications.NewsletterMessage;
import org.ansoplatform.publications.SubscriptionManagement;
import org.ansoplatform.publications.news.NewsStore;
import org.ansoplatform.publications.news.NewsletterEdition;
import org.ansoplatform.publications.news.NewsletterRenderer;
import org.ansoplatform.publications.news.NewsletterStore;
import org.ansoplatform.publications.news.UnsubscribeLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox of newsletters being sent, a batch at a time, on one node at a time (ShedLock). A batch is
 * claimed in one short transaction; each message is handed to the mail pipeline and its row marked sent right after
 * the SMTP server accepted it, in its own statement. A crash therefore loses nothing (unsent rows stay due) and can
 * repeat at most the one message in flight, with the same Message-ID (decision 195, docs/newsletters.md).
 */
@Component
public class NewsletterSending {

    private static final Logger log = LoggerFactory.getLogger(NewsletterSending.class);

    private final SendStore outbox;
    private final NewsletterStore newsletters;
    private final NewsStore news;
    private final NewsletterRenderer renderer;
    private final UnsubscribeLinks unsubscribeLinks;
    private final NewsletterMailer mailer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final Duration runFor;
    private final Duration lease;
    private final String domain;
    private final String mailto;

    NewsletterSending(SendStore outbox, NewsletterStore newsletters, NewsStore news, NewsletterRenderer renderer,
            UnsubscribeLinks unsubscribeLinks, NewsletterMailer mailer, TransactionTemplate transactions, Clock clock,
            @Value("${anso.publications.newsletter.batch-size:200}") int batchSize,
            @Value("${anso.publications.newsletter.run-for:PT50S}") Duration runFor,
            @Value("${anso.publications.newsletter.lock-at-most:PT2M}") Duration lease,
            @Value("${anso.publications.newsletter.message-id-domain:}") String domain,
            @Value("${anso.mail.from:ANSO Platform <no-reply@localhost>}") String from,
            @Value("${anso.publications.newsletter.unsubscribe-mailto:}") String mailto) {
        this.outbox = outbox;
        this.newsletters = newsletters;
        this.news = news;
        this.renderer = renderer;
        this.unsubscribeLinks = unsubscribeLinks;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.runFor = runFor;
        this.lease = lease;
        this.domain = domain.isBlank() ? domainOf(from) : domain.strip();
        this.mailto = mailto.strip();
    }

    static String domainOf(String from) {
        String address = from.replaceAll(".*<([^>]*)>.*", "$1").strip();
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1);
    }

    /** The Message-ID of an issue's message to a subscriber: the same at every attempt. */
    public String messageId(java.util.UUID newsletterId, java.util.UUID subscriberId) {
        return "<newsletter-" + newsletterId + "-" + subscriberId + "@" + domain + ">";
    }

    @Scheduled(fixedDelayString = "${anso.publications.newsletter.interval:PT15S}",
            initialDelayString = "${anso.publications.newsletter.initial-delay:PT20S}")
    @SchedulerLock(name = "newsletter-sending", lockAtMostFor = "${anso.publications.newsletter.lock-at-most:PT2M}")
    public void scheduled() {
        Instant until = Instant.now().plus(runFor);
        while (sendBatch(batchSize) > 0 && Instant.now().isBefore(until)) {
            // next batch
        }
    }

    /** Sends up to {@code limit} due messages; returns how many were sent. A failed hand-over stops the batch. */
    public int sendBatch(int limit) {
        List<SendStore.Due> due = transactions.execute(status -> outbox.claim(limit, clock.instant(), clock.instant().minus(lease)));
        if (due == null || due.isEmpty()) {
            return 0;
        }
        Map<String, NewsletterRenderer.Written> written = new HashMap<>();
        String base = renderer.baseUrl();
        int sent = 0;
        try (NewsletterMailer.Connection connection = mailer.connect()) {
            for (SendStore.Due message : due) {
                NewsletterRenderer.Written email = written.computeIfAbsent(message.newsletterId() + "/" + message.language(),
                        key -> write(message, base));
                if (email == null || !outbox.take(message, clock.instant())) {
                    continue;
                }
                String unsubscribe = base + SubscriptionManagement.UNSUBSCRIBE_PATH + unsubscribeLinks.secret(message.subscriberId());
                String stored = base + SubscriptionManagement.UNSUBSCRIBE_PATH + "[removed]";
                try {
                    connection.send(new NewsletterMessage(message.newsletterId(), message.subscriberId(),
                            messageId(message.newsletterId(), message.subscriberId()), message.email(), message.language(),
                            email.subject(), email.text().replace(NewsletterRenderer.UNSUBSCRIBE, unsubscribe),
                            email.html().replace(NewsletterRenderer.UNSUBSCRIBE, unsubscribe), unsubscribe,
                            mailto.isEmpty() ? "" : "mailto:" + mailto + "?subject=unsubscribe",
                            email.text().replace(NewsletterRenderer.UNSUBSCRIBE, stored)),
                            // marked the moment the server accepted it, before its copy is kept (the window of a kill)
                            () -> outbox.markSent(message.newsletterId(), message.subscriberId(), clock.instant()));
                } catch (NewsletterMailer.Refused refused) {
                    outbox.fail(message.newsletterId(), message.subscriberId(), refused.getMessage(), clock.instant());
                    continue;
                }
                sent++;
            }
        } catch (RuntimeException failed) {
            log.warn("Newsletter sending stopped after {} of {} messages; the rest stay due: {}", sent, due.size(), failed.toString());
        }
        transactions.executeWithoutResult(status -> newsletters.finishSent(clock.instant()));
        return sent;
    }

    private NewsletterRenderer.Written write(SendStore.Due message, String base) {
        return newsletters.byId(message.newsletterId()).map(newsletter -> renderer.email(NewsletterEdition.of(newsletter,
                news.byIds(newsletter.articles()), Locale.forLanguageTag(message.language())), base)).orElse(null);
    }
}
