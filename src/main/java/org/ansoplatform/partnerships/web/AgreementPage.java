package org.ansoplatform.partnerships.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.partnerships.agreements.AgreementQueries;
import org.ansoplatform.partnerships.agreements.AgreementView;
import org.ansoplatform.partnerships.agreements.CommitmentView;
import org.ansoplatform.partnerships.agreements.PartnerActivity;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What an agreement's page and the agreement form show, built once for the pages and for a refused step. */
@Component
class AgreementPage {

    /** A commitment as the page shows it: the records that fulfilled it and the records that might. */
    record Commitment(CommitmentView commitment, String party, List<RecordView> links, List<PartnerActivity.Item> suggestions) {
    }

    private final AgreementQueries queries;
    private final PartnerActivity activity;
    private final OrganizationQueries organizations;
    private final Records records;
    private final CurrentActor currentActor;
    private final Languages languages;
    private final Clock clock;

    AgreementPage(AgreementQueries queries, PartnerActivity activity, OrganizationQueries organizations, Records records,
            CurrentActor currentActor, Languages languages, Clock clock) {
        this.queries = queries;
        this.activity = activity;
        this.organizations = organizations;
        this.records = records;
        this.currentActor = currentActor;
        this.languages = languages;
        this.clock = clock;
    }

    AgreementView existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("agreement"));
    }

    /** The agreement's page; {@code refusedAction} names the step whose form was refused (its errors show there). */
    String page(AgreementView agreement, Model model, Locale locale, String refusedAction) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("history", queries.history(agreement.id()));
        Map<UUID, String> partyNames = new LinkedHashMap<>();
        agreement.parties().forEach(p -> partyNames.put(p.organizationId(), p.name()));
        List<Commitment> commitments = new ArrayList<>();
        for (CommitmentView c : queries.commitments(agreement.id())) {
            commitments.add(new Commitment(c, c.organizationId() == null ? null : partyNames.get(c.organizationId()),
                    records.describe(c.links().stream().filter(RecordRef::isValid).map(RecordRef::parse).toList(),
                            currentActor.reader(), locale),
                    activity.suggestions(agreement, c, locale)));
        }
        model.addAttribute("commitments", commitments);
        model.addAttribute("activity", activity.of(agreement, locale));
        model.addAttribute("decision", agreement.decisionId() == null ? null
                : records.describe(RecordRef.of("governance", "decision", agreement.decisionId()), currentActor.reader(), locale));
        model.addAttribute("signing", agreement.signingRef() == null || !RecordRef.isValid(agreement.signingRef()) ? null
                : records.describe(RecordRef.parse(agreement.signingRef()), currentActor.reader(), locale));
        model.addAttribute("origin", agreement.originRef() == null || !RecordRef.isValid(agreement.originRef()) ? null
                : records.describe(RecordRef.parse(agreement.originRef()), currentActor.reader(), locale));
        model.addAttribute("refusedAction", refusedAction);
        for (String step : List.of("approve", "sign", "renew", "terminate")) {
            if (!model.containsAttribute(step + "Step")) {
                model.addAttribute(step + "Step", StepForm.blank());
            }
        }
        if (!model.containsAttribute("commitmentForm")) {
            model.addAttribute("commitmentForm", CommitmentForm.blank());
        }
        if (!model.containsAttribute("upload")) {
            model.addAttribute("upload", new DocumentUpload(null, null));
        }
        model.addAttribute("steps", steps(agreement));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("languages", languages.tags());
        return "partnerships/agreement";
    }

    /** The steps this agreement may take now, as the page offers them. */
    static List<String> steps(AgreementView a) {
        List<String> steps = new ArrayList<>();
        if (a.status() == AgreementStatus.PROPOSED) {
            steps.add("negotiate");
        }
        if (a.status().open() && !a.kind().needsBoard()) {
            steps.add("approve");
        }
        if (a.status() == AgreementStatus.APPROVED) {
            steps.add("sign");
        }
        if (a.status() == AgreementStatus.ACTIVE || a.status() == AgreementStatus.SIGNED || a.status() == AgreementStatus.EXPIRED) {
            steps.add("renew");
        }
        if (a.status() != AgreementStatus.TERMINATED && a.status() != AgreementStatus.REJECTED && a.status() != AgreementStatus.EXPIRED) {
            steps.add("terminate");
        }
        return steps;
    }

    /** The agreement form's choices. */
    String form(Model model, AgreementView agreement, Locale locale) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("kinds", List.of(AgreementKind.values()));
        model.addAttribute("roles", List.of(AllianceRole.values()));
        model.addAttribute("organizations", organizations.all().stream()
                .sorted(Comparator.comparing(OrganizationView::name, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("languages", languages.tags());
        model.addAttribute("sdgChoices", java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute("formAction", agreement == null ? AgreementPagesPaths.NEW : AgreementPagesPaths.edit(agreement.id()));
        return "partnerships/agreement-form";
    }
}
