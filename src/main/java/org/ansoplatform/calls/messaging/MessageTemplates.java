package org.ansoplatform.calls.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's message templates (a subject and a body per language, English required as every reader's
 * fallback; each checked as a message is) and the reminders that send one to unfinished drafts before a deadline.
 */
@Service
public class MessageTemplates {

    public record Template(UUID id, UUID callId, String name, LocalizedText subject, LocalizedText body) {
    }

    public record Reminder(UUID id, UUID templateId, String templateName, int daysBefore, String replyTo, java.time.Instant sentAt) {
    }

    private final TemplateStore store;
    private final CallQueries calls;
    private final Languages languages;
    private final Clock clock;

    MessageTemplates(TemplateStore store, CallQueries calls, Languages languages, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.languages = languages;
        this.clock = clock;
    }

    public List<Template> all() {
        return store.all().stream().map(MessageTemplates::template).toList();
    }

    /** The templates a call's message may use: every call's and its own. */
    public List<Template> usable(UUID callId) {
        return store.usable(callId).stream().map(MessageTemplates::template).toList();
    }

    public Optional<Template> find(UUID id) {
        return store.find(id).map(MessageTemplates::template);
    }

    /** Creates ({@code id} null) or replaces a template; refused with each problem next to its field. */
    @Transactional
    public UUID save(UUID id, UUID callId, String name, Map<String, String> subject, Map<String, String> body) {
        if (id != null && store.find(id).isEmpty()) {
            throw new NotFoundException("template " + id);
        }
        if (callId != null) {
            calls.any(callId);
        }
        List<Violation> problems = new ArrayList<>();
        String cleanName = TextInput.checkLine(name, "name", 200, true, problems);
        Map<String, String> subjects = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String language : languages.tags()) {
            String s = TextInput.trim(subject == null ? null : subject.get(language));
            String b = TextInput.trim(body == null ? null : body.get(language));
            if (s == null && b == null && !language.equals("en")) {
                continue;
            }
            Mailings.check(s, b, "subject", "body", problems);
            subjects.put(language, s);
            bodies.put(language, b);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID saved = id == null ? UUID.randomUUID() : id;
        store.save(new TemplateStore.Template(saved, callId, cleanName, LocalizedText.of(subjects), LocalizedText.of(bodies)), clock.instant());
        return saved;
    }

    @Transactional
    public void delete(UUID id) {
        if (!store.delete(id)) {
            throw new NotFoundException("template " + id);
        }
    }

    public List<Reminder> reminders(UUID callId) {
        return store.reminders(callId).stream().map(r -> new Reminder(r.id(), r.templateId(), r.templateName(), r.daysBefore(), r.replyTo(),
                r.sentAt())).toList();
    }

    /** A reminder of a template the call may use, 1 to 365 days before its deadline. */
    @Transactional
    public UUID remind(UUID callId, UUID templateId, Integer daysBefore, String replyTo) {
        calls.any(callId);
        List<Violation> problems = new ArrayList<>();
        if (templateId == null || store.find(templateId).filter(t -> t.callId() == null || t.callId().equals(callId)).isEmpty()) {
            problems.add(new Violation("template", "callmessaging.template.unknown"));
        }
        if (daysBefore == null || daysBefore < 1 || daysBefore > 365) {
            problems.add(new Violation("daysBefore", "callmessaging.reminder.days"));
        }
        String address = Mailings.replyTo(replyTo, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        store.addReminder(id, callId, templateId, daysBefore, address, clock.instant());
        return id;
    }

    @Transactional
    public void forget(UUID callId, UUID reminderId) {
        if (!store.deleteReminder(reminderId, callId)) {
            throw new NotFoundException("reminder " + reminderId);
        }
    }

    private static Template template(TemplateStore.Template t) {
        return new Template(t.id(), t.callId(), t.name(), t.subject(), t.body());
    }
}
