package org.ansoplatform.calls.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls module's records as other modules show them. A published call is everyone's (its public page); a draft
 * only the Secretariat's. An application is the Secretariat's (reference and applicant's name) and its applicant's
 * (the reference), as {@link ApplicationIntake#mayRead} decides for its page; anyone else learns only that it was
 * counted.
 */
@Component
class CallRecordSource implements RecordSource {

    static final String SECRETARIAT = "SECRETARIAT";

    private final CallQueries calls;
    private final ApplicationStore applications;
    private final CallRecordQueries listed;

    CallRecordSource(CallQueries calls, ApplicationStore applications, CallRecordQueries listed) {
        this.calls = calls;
        this.applications = applications;
        this.listed = listed;
    }

    @Override
    public String module() {
        return "calls";
    }

    @Override
    public Set<String> types() {
        return Set.of("call", "application");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        Set<UUID> callIds = ids(refs, "call");
        if (!callIds.isEmpty()) {
            for (CallView call : calls.all()) {
                if (callIds.contains(call.id())) {
                    RecordRef ref = RecordRef.of("calls", "call", call.id());
                    views.put(ref, callView(ref, call, reader, locale));
                }
            }
        }
        Set<UUID> applicationIds = ids(refs, "application");
        Map<UUID, CallRecordQueries.Listed> details = listed.applications(applicationIds);
        for (ApplicationStore.Named application : applications.named(applicationIds)) {
            RecordRef ref = RecordRef.of("calls", "application", application.id());
            views.put(ref, withDetails(applicationView(ref, application, reader), details.get(application.id()), locale));
        }
        return views;
    }

    private static RecordView callView(RecordRef ref, CallView call, Reader reader, Locale locale) {
        String title = call.definition().title().in(locale);
        if (call.published()) {
            return RecordView.of(ref, title, "/calls/" + call.id())
                    .dated(call.definition().closes().toLocalDate(), call.programmeName().in(locale));
        }
        return reader.hasRole(SECRETARIAT) ? RecordView.of(ref, title, "/secretariat/calls/" + call.id()) : RecordView.hidden(ref);
    }

    /** The submission day, the track's name and the illustrative mark, for a reader who may see the application. */
    private static RecordView withDetails(RecordView view, CallRecordQueries.Listed listed, Locale locale) {
        if (!view.visible() || listed == null) {
            return view;
        }
        return view.dated(listed.submitted(), listed.track() == null ? null : listed.track().in(locale))
                .illustrative(listed.illustrative());
    }

    private static RecordView applicationView(RecordRef ref, ApplicationStore.Named application, Reader reader) {
        String reference = application.reference() == null ? "" : application.reference();
        if (reader.hasRole(SECRETARIAT)) {
            String title = reference.isEmpty() ? application.applicantName() : reference + " — " + application.applicantName();
            return RecordView.of(ref, title, CallsPaths.application(application.id()));
        }
        if (reader.personId() != null && reader.personId().equals(application.applicantId())) {
            return RecordView.of(ref, reference, CallsPaths.application(application.id()));
        }
        return RecordView.hidden(ref);
    }

    private static Set<UUID> ids(Collection<RecordRef> refs, String type) {
        Set<UUID> ids = new java.util.HashSet<>();
        refs.stream().filter(ref -> ref.is("calls", type)).forEach(ref -> ids.add(ref.id()));
        return ids;
    }
}
