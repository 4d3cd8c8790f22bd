package org.ansoplatform.calls.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.ansoplatform.calls.ApplicantMailer.Letter;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.intake.ApplicantMessaging;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat writes to everyone in a filtered list of a call's applications (or to the rows it ticked): the
 * message is checked (subject, body, merge fields, reply-to, at least one recipient), previewed for the first
 * recipients, and stored as a mailing whose recipients an outbox job writes to one by one.
 */
@Service
public class Mailings {

    /** A message as composed: its texts (per language from a template, or one text for all) and its reply-to. */
    public record Message(LocalizedText subject, LocalizedText body, String replyTo) {
    }

    /** What one recipient will read. */
    public record Sample(String reference, String name, String subject, String body) {
    }

    /** The first recipients' messages and how many recipients there are in all. */
    public record Preview(long total, List<Sample> samples) {
    }

    public record Summary(UUID id, String subject, java.time.Instant createdAt, String createdBy, long sent, long total) {
    }

    private final MailingStore store;
    private final TemplateStore templates;
    private final CallQueries calls;
    private final ApplicantMessaging applications;
    private final Letters letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mailings(MailingStore store, TemplateStore templates, CallQueries calls, ApplicantMessaging applications, Letters letters,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.calls = calls;
        this.applications = applications;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
    }

    /** How many applications the filter holds. */
    public long count(UUID callId, Filter filter) {
        return store.count(callId, filter);
    }

    /**
     * The message as the Secretariat composed it, checked; a template's texts in every language when it was picked and
     * its text in the writer's language left as it was, else the text as written, for every reader.
     */
    public Message compose(UUID callId, UUID templateId, String subject, String body, String replyTo, Locale writer) {
        List<Violation> problems = new ArrayList<>();
        String cleanSubject = TextInput.trim(subject);
        String cleanBody = TextInput.trim(body);
        TemplateStore.Template template = templateId == null ? null : templates.find(templateId)
                .filter(found -> found.callId() == null || found.callId().equals(callId)).orElse(null);
        if (templateId != null && template == null) {
            problems.add(new Violation("template", "callmessaging.template.unknown"));
        }
        if (template != null && cleanSubject == null && cleanBody == null) {
            cleanSubject = template.subject().in(writer);
            cleanBody = template.body().in(writer);
        }
        check(cleanSubject, cleanBody, "subject", "body", problems);
        String cleanReplyTo = replyTo(replyTo, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean asTemplate = template != null && cleanSubject.equals(template.subject().in(writer).strip())
                && cleanBody.equals(template.body().in(writer).strip());
        return asTemplate ? new Message(template.subject(), template.body(), cleanReplyTo)
                : new Message(LocalizedText.of(Map.of("en", cleanSubject)), LocalizedText.of(Map.of("en", cleanBody)), cleanReplyTo);
    }

    /** A subject of at most 200 characters and a body of at most 10,000, neither asking for an unknown merge field. */
    static void check(String subject, String body, String subjectField, String bodyField, List<Violation> problems) {
        if (subject == null || subject.length() > 200 || !TextInput.singleLine(subject)) {
            problems.add(new Violation(subjectField, "calls.message.subject"));
        } else if (!MergeFields.unknown(subject).isEmpty()) {
            problems.add(unknown(subjectField, MergeFields.unknown(subject)));
        }
        if (body == null || body.length() > 10_000 || !TextInput.storable(body)) {
            problems.add(new Violation(bodyField, "calls.message.body"));
        } else if (!MergeFields.unknown(body).isEmpty()) {
            problems.add(unknown(bodyField, MergeFields.unknown(body)));
        }
    }

    private static Violation unknown(String field, List<String> names) {
        return new Violation(field, "callmessaging.unknownField", String.join(", ", names.stream().map(name -> "{" + name + "}").toList()),
                String.join(", ", MergeFields.FIELDS.stream().map(name -> "{" + name + "}").toList()));
    }

    static String replyTo(String replyTo, List<Violation> problems) {
        String address = TextInput.trim(replyTo);
        if (address == null) {
            return null;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (address.length() > 320 || !address.equals(parsed.getAddress()) || !address.contains("@")) {
                throw new AddressException(address);
            }
        } catch (AddressException e) {
            problems.add(new Violation("replyTo", "callmessaging.replyTo"));
        }
        return address;
    }

    /** The first three recipients' messages, written in the reader's language, and the count of all recipients. */
    public Preview preview(UUID callId, Filter filter, Message message, Locale locale) {
        CallView call = calls.any(callId);
        long total = recipients(callId, filter);
        List<Sample> samples = new ArrayList<>();
        for (UUID id : store.first(callId, filter, 3)) {
            applications.application(id).ifPresent(application -> {
                Letter letter = letters.write(message.subject(), message.body(), application, call, locale);
                samples.add(new Sample(application.reference(), application.applicantName(), letter.subject(), letter.body()));
            });
        }
        return new Preview(total, samples);
    }

    private long recipients(UUID callId, Filter filter) {
        long total = store.count(callId, filter);
        if (total == 0) {
            throw new InvalidInputException("filter", "callmessaging.emptyFilter");
        }
        return total;
    }

    /** Stores the mailing to everyone in the filter, its recipients in one statement; returns how many there are. */
    @Transactional
    public int send(UUID callId, Filter filter, Message message, Actor actor) {
        CallView call = calls.any(callId);
        recipients(call.id(), filter);
        UUID id = create(call.id(), message, description(filter), actor);
        int count = store.enqueue(id, call.id(), filter);
        events.publishEvent(new MailingQueued(id));
        return count;
    }

    /** The message to the ticked applications of one page of the list (the list's older form), through the same outbox. */
    @Transactional
    public int sendTo(UUID callId, List<UUID> ticked, String subject, String body, Actor actor) {
        List<Violation> problems = new ArrayList<>();
        if (ticked.isEmpty()) {
            problems.add(new Violation("selected", "calls.screening.noneSelected"));
        }
        String cleanSubject = TextInput.trim(subject);
        String cleanBody = TextInput.trim(body);
        check(cleanSubject, cleanBody, "subject", "body", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CallView call = calls.any(callId);
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(ticked));
        UUID id = create(call.id(), new Message(LocalizedText.of(Map.of("en", cleanSubject)), LocalizedText.of(Map.of("en", cleanBody)), null),
                Map.of("ticked", ids.size()), actor);
        int count = store.enqueue(id, call.id(), ids);
        if (count != ids.size()) {
            throw new org.ansoplatform.platform.NotFoundException("an application of call " + callId);
        }
        events.publishEvent(new MailingQueued(id));
        return count;
    }

    private UUID create(UUID callId, Message message, Map<String, Object> filter, Actor actor) {
        UUID id = UUID.randomUUID();
        store.create(new MailingStore.Mailing(id, callId, message.subject(), message.body(), message.replyTo(), actor.personId(),
                actor.name() == null ? "system" : actor.name(), clock.instant()), filter);
        return id;
    }

    public List<Summary> ofCall(UUID callId) {
        return store.ofCall(callId).stream().map(mailing -> new Summary(mailing.id(), mailing.subject(), mailing.createdAt(),
                mailing.createdByName(), mailing.sent(), mailing.total())).toList();
    }

    private static Map<String, Object> description(Filter filter) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("track", filter.track());
        described.put("country", filter.country());
        described.put("status", filter.status() == null ? null : filter.status().name());
        described.put("eligible", filter.eligible());
        described.put("nominated", filter.nominated());
        described.put("q", filter.q());
        described.values().removeIf(java.util.Objects::isNull);
        return described;
    }
}
