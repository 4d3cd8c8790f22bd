package org.ansoplatform.calls.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.platform.DemoApplicantsCreated;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * In demo mode, the 2021 international call of the ANSO Cooperation Program ("a few of the best applications were
 * supported based on merit after expert review", Annual Report 2021): the call with the cooperation form and a budget
 * envelope of USD 1,000,000 ({@code demo/cooperation/call-2021.json}) and eight synthetic proposals marked illustrative
 * ({@code demo/cooperation/proposals-2021.json}), submitted, each with an account for its applicant. Their amounts are
 * chosen so that, ranked by the reviews, one does not fit the envelope and a later one is funded. Created once (the
 * call's code); it waits for the form's money, group, organization and person questions, which the form needs.
 */
@Component
class DemoCooperationCall {

    static final String CODE = "cooperation-2021";
    static final List<String> NEEDED_TYPES = List.of("MONEY", "GROUP", "ORGANIZATION", "PERSON");
    private static final Logger log = LoggerFactory.getLogger(DemoCooperationCall.class);

    private final CallManagement calls;
    private final CallQueries callQueries;
    private final CallStore store;
    private final DemoApplicantStore applicants;
    private final DemoMode demoMode;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    DemoCooperationCall(CallManagement calls, CallQueries callQueries, CallStore store, DemoApplicantStore applicants, DemoMode demoMode,
            JsonMapper json, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.calls = calls;
        this.callQueries = callQueries;
        this.store = store;
        this.applicants = applicants;
        this.demoMode = demoMode;
        this.json = json;
        this.transactions = transactions;
        this.events = events;
    }

    /** A proposal as the resource writes it: the applicant, the answers and the score its reviewers centre on. */
    record Proposal(boolean illustrative, String applicantName, String applicantEmail, String country, double score,
            Map<String, Object> answers) {
    }

    /** Whether the form knows every question type the cooperation form asks (issue 18, item 1). */
    static boolean formTypesPresent() {
        return Arrays.stream(FieldType.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet()).containsAll(NEEDED_TYPES);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(36)
    void onReady() {
        if (!demoMode.enabled() || store.findByCode(CODE).isPresent()) {
            return;
        }
        if (!formTypesPresent()) {
            log.info("Demo data: the cooperation call waits for the form's {} questions", NEEDED_TYPES);
            return;
        }
        UUID callId = transactions.execute(status -> create());
        log.info("Demo data: the 2021 cooperation call {} with {} illustrative proposals", callId, proposals().size());
    }

    private UUID create() {
        ObjectNode node = (ObjectNode) read("demo/cooperation/call-2021.json", new TypeReference<JsonNode>() { });
        String rules = node.remove("selectionRules").toString();
        String eligibility = node.remove("eligibility").toString();
        JsonNode programmeName = node.remove("programmeName");
        CallDefinition read = json.treeToValue(node, CallDefinition.class);
        CallDefinition definition = new CallDefinition(read.programmeCode(), read.code(), read.referencePrefix(), read.title(),
                read.description(), read.zone(), read.opens(), read.closes(), read.status(), read.refereeCount(), read.nominationQuota(),
                read.tracks(), read.hosts(), read.form(), eligibility, read.reopenBeforeDeadline());
        store.programme(definition.programmeCode(), json.treeToValue(programmeName, LocalizedText.class));
        UUID callId = calls.create(definition);
        SelectionSettings settings = json.readValue(rules, SelectionSettings.class);
        CallView call = callQueries.any(callId);
        if (!settings.problems(call.definition().tracks(), "rules").isEmpty()
                || !settings.amountFieldProblems(call.definition().form(), "rules").isEmpty()) {
            throw new IllegalStateException("the demo cooperation call's selection rules do not fit its form");
        }
        store.saveSelectionRules(callId, json.writeValueAsString(settings));
        submit(call);
        return callId;
    }

    /** The proposals as submitted shortly before the call closed, with references and the snapshot a submission keeps. */
    private void submit(CallView call) {
        List<Proposal> proposals = proposals();
        List<Long> numbers = applicants.referenceNumbers(call.definition().referencePrefix(), proposals.size());
        Instant closes = call.definition().closesAt();
        List<DemoApplicantStore.ApplicationRow> rows = new ArrayList<>();
        List<DemoApplicantsCreated.Applicant> people = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            UUID id = proposalId(p.applicantEmail());
            UUID applicant = UUID.nameUUIDFromBytes(("anso-demo-cooperation-applicant-" + p.applicantEmail()).getBytes(StandardCharsets.UTF_8));
            Instant created = closes.minusSeconds(86_400L * (40 - i));
            Instant submitted = closes.minusSeconds(86_400L * (10 - i));
            String reference = call.definition().referencePrefix() + "-" + String.format("%06d", numbers.get(i));
            ApplicationView view = new ApplicationView(id, call.id(), applicant, p.applicantName(), p.applicantEmail(), ApplicationStatus.SUBMITTED,
                    reference, "PROJECT", p.country(), p.answers(), List.of(), created, submitted, submitted, null, List.of(), List.of(),
                    new ApplicationView.Screening(null, List.of(), null, null, null, null, null), 0);
            rows.add(new DemoApplicantStore.ApplicationRow(id, call.id(), applicant, p.applicantName(), p.applicantEmail(),
                    ApplicationStatus.SUBMITTED, reference, "PROJECT", p.country(), json.writeValueAsString(p.answers()), "[]", created, submitted,
                    submitted, json.writeValueAsString(ApplicationIntake.snapshot(view)), "[]", true, submitted));
            people.add(new DemoApplicantsCreated.Applicant(applicant, p.applicantEmail(), p.applicantName()));
        }
        applicants.insert(rows, List.of(), List.of());
        events.publishEvent(new DemoApplicantsCreated(people));
    }

    /** The id of the proposal of the applicant with that email, the same on every site and start. */
    static UUID proposalId(String applicantEmail) {
        return UUID.nameUUIDFromBytes(("anso-demo-cooperation-proposal-" + applicantEmail).getBytes(StandardCharsets.UTF_8));
    }

    /** The illustrative proposals with the score their reviewers centre on (best first in the resource). */
    List<Proposal> proposals() {
        return read("demo/cooperation/proposals-2021.json", new TypeReference<List<Proposal>>() { });
    }

    private <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
