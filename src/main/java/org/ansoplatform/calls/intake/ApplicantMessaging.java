package org.ansoplatform.calls.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FormField;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What the Secretariat's messages and packets read of an application without a signed-in viewer (the outbox is
 * emptied by a job): the application itself and, for the {@code {missing}} merge field, what its draft still lacks
 * in the reader's words, from the same checklist the applicant sees.
 */
@Service
public class ApplicantMessaging {

    private final ApplicationStore store;
    private final ApplicationChecklist checklist;
    private final MessageSource messages;

    ApplicantMessaging(ApplicationStore store, ApplicationChecklist checklist, MessageSource messages) {
        this.store = store;
        this.checklist = checklist;
        this.messages = messages;
    }

    /** The application, as the Secretariat sees it. */
    public Optional<ApplicationView> application(UUID id) {
        return store.find(id);
    }

    /** Each thing the application still lacks, named as its question is (or as the checklist says it), in the form's order. */
    public List<String> missing(ApplicationView application, CallView call, Locale locale) {
        return checklist.of(application, call).missing().stream().map(violation -> call.definition().form().field(violation.field())
                .map(FormField::label).map(label -> label.in(locale))
                .orElseGet(() -> messages.getMessage(violation.messageKey(), violation.args(), violation.field(), locale))).toList();
    }
}
