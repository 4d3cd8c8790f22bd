package org.ansoplatform.calls.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import java.util.Set;

import org.ansoplatform.calls.FormField;
import org.ansoplatform.files.FileSizes;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.calls.intake.ApplicationChecklist;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationReopening;
import org.ansoplatform.calls.intake.NominationManagement;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Reason;
import org.ansoplatform.calls.offers.OfferManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * Everything an application's page shows, for its page handler and for the forms on it that show it again
 * with their refusal (the applicant's answers, documents and referees, the Secretariat's override and
 * referee replacement, the offer's decline): forms already in the model (the refused one, with its binding
 * result) are kept.
 * <p>
 * The application's own form is the call's, defined as data, so it is no record: its answers as typed are
 * the target of a {@link MapBindingResult} named {@link #FORM} (as the review rubric's), and every refusal
 * of the answers, a document or the submission goes there on its field (a question's or document's key,
 * {@code referees}), shown with {@code fragments/forms} like any other form's.
 */
@Component
class ApplicationPageModel {

    static final String VIEW = "calls/application";
    /** The model name of the application's data-driven form and of its binding result. */
    static final String FORM = "applicationForm";

    private final CallQueries calls;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicantOutcomes outcomes;
    private final OfferManagement offers;
    private final SelectionTexts texts;
    private final NominationManagement nominations;
    private final CurrentActor actor;
    private final ApplicationChecklist checklists;
    private final ApplicationStandings standings;
    private final ApplicationReopening reopening;
    private final FileStorage files;
    private final org.ansoplatform.calls.offers.AwardTermsManagement awardTerms;
    private final org.ansoplatform.calls.intake.ApplicationOrcids orcids;

    /** What a document question accepts, shown before a file is chosen. */
    record DocumentRule(String formats, String accept, String maxSize) {
    }

    ApplicationPageModel(FileStorage files, CallQueries calls, MessageSource messages, Clock clock, ApplicantOutcomes outcomes,
            OfferManagement offers,
            SelectionTexts texts, NominationManagement nominations, CurrentActor actor, ApplicationChecklist checklists,
            ApplicationStandings standings, ApplicationReopening reopening,
            org.ansoplatform.calls.offers.AwardTermsManagement awardTerms, org.ansoplatform.calls.intake.ApplicationOrcids orcids) {
        this.orcids = orcids;
        this.awardTerms = awardTerms;
        this.files = files;
        this.checklists = checklists;
        this.standings = standings;
        this.reopening = reopening;
        this.nominations = nominations;
        this.actor = actor;
        this.calls = calls;
        this.messages = messages;
        this.clock = clock;
        this.outcomes = outcomes;
        this.offers = offers;
        this.texts = texts;
    }

    /** The page with the application's answers as stored. */
    String page(ApplicationView application, Locale locale, Model model) {
        return page(application, application.answers(), locale, model);
    }

    /** The page with {@code answers} in the form (as typed, when they were refused). */
    String page(ApplicationView application, Map<String, Object> answers, Locale locale, Model model) {
        CallView call = calls.any(application.callId());
        model.addAttribute("app", application);
        model.addAttribute("call", call);
        model.addAttribute("accepting", call.accepting(clock.instant()));
        @SuppressWarnings("unchecked")
        Set<String> added = (Set<String>) model.asMap().getOrDefault(FormActions.ADDED, Set.of());
        model.addAttribute("sections", ApplicationForms.sections(call, answers, added));
        model.addAttribute(FormActions.MATCHES, model.asMap().getOrDefault(FormActions.MATCHES, Map.of()));
        model.addAttribute(FormActions.SEARCHED, model.asMap().getOrDefault(FormActions.SEARCHED, Map.of()));
        if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + FORM)) {
            bind(answers, model);
        }
        model.addAttribute("submissionKey", UUID.randomUUID());
        live(application, call, locale, model);
        ApplicationStandings.Place place = standings.of(application, call);
        model.addAttribute("standing", place.standing());
        model.addAttribute("mayReopen", reopening.mayReopen(application, call));
        Map<String, DocumentRule> documentRules = new LinkedHashMap<>();
        for (FormField field : call.definition().form().documents()) {
            Set<String> types = field.contentTypes().isEmpty() ? FileStorage.DOCUMENT_TYPES : field.contentTypes();
            long limit = field.maxBytes() == null ? files.maxSize().toBytes() : Math.min(field.maxBytes(), files.maxSize().toBytes());
            documentRules.put(field.key(), new DocumentRule(files.formats(types), files.acceptAttribute(types), FileSizes.humanReadable(limit)));
        }
        model.addAttribute("documentRules", documentRules);
        // the template shows them to the Secretariat only
        model.addAttribute("applicantOrcid", orcids.applicant(application.applicantId()).orElse(null));
        model.addAttribute("refereeOrcids", orcids.referees(application.id()));
        if (!model.containsAttribute("refereeForm")) {
            model.addAttribute("refereeForm", RefereeForm.empty());
        }
        if (!model.containsAttribute("overrideForm")) {
            model.addAttribute("overrideForm", OverrideForm.empty());
        }
        if (!model.containsAttribute("replaceForm")) {
            model.addAttribute("replaceForm", ReplaceRefereeForm.empty(application.id()));
        }
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", OfferDeclineForm.empty());
        }
        model.addAttribute("failures", application.screening().failures().stream()
                .map(failure -> Eligibility.explain(new Reason(failure.messageKey(), failure.args()), messages, locale)).toList());
        // the selection's outcome and the offer: the applicant's own, once the offers of the call are sent
        if (!application.isDraft()) {
            nominations.codeFor(application, actor.personId()).ifPresent(code -> model.addAttribute("nominationCode", code));
            ApplicantOutcomes.Outcome outcome = outcomes.of(application, call, locale);
            if (outcome.kind() != ApplicantOutcomes.Kind.PENDING) {
                model.addAttribute("outcome", outcome);
            }
            offers.ofApplication(application.id()).ifPresent(offer -> {
                var zone = call.definition().zone();
                model.addAttribute("offer", offer);
                model.addAttribute("offerOpen", offer.open(clock.instant()));
                model.addAttribute("offerStatus", texts.offerStatus(offer.status(), locale));
                model.addAttribute("offerTrack", texts.trackName(call, offer.track(), locale));
                model.addAttribute("offerHost", texts.hostName(call, offer.hostCode(), locale));
                model.addAttribute("offerAward", SelectionTexts.money(offer.granted(), locale));
                model.addAttribute("offerRespondBy", inZone(offer.respondBy(), zone));
                awardTerms.of(call.id(), offer.track()).ifPresent(terms -> model.addAttribute("offerTerms", terms));
            });
        }
        return VIEW;
    }

    /**
     * What changes as the draft is typed, for the page and for the autosave's answer (out of band): the
     * checklist of what is still missing, the documents required now (asterisks), the labels the checklist
     * names, and the version the page shows (the stale-tab token).
     */
    void live(ApplicationView application, CallView call, Locale locale, Model model) {
        model.addAttribute("call", call);
        ApplicationChecklist.Checklist checklist = checklists.of(application, call);
        model.addAttribute("checklist", checklist);
        model.addAttribute("appVersion", application.version());
        Map<String, String> labels = new LinkedHashMap<>();
        call.definition().form().fields().forEach(field -> labels.put(field.key(), field.label().in(locale)));
        labels.putIfAbsent(ApplicationIntake.TRACK, messages.getMessage("calls.call.track", null, locale));
        labels.put("referees", messages.getMessage("calls.checklist.referees", null, locale));
        // a group's cell or a composite's part by its path: "Partner institutions, row 2: Role"
        checklist.missing().stream().map(violation -> violation.field()).filter(path -> !labels.containsKey(path))
                .forEach(path -> labels.put(path, ApplicationForms.label(call.definition().form(), path, messages, locale)));
        model.addAttribute("labels", labels);
        model.addAttribute("warnings", checklist.warnings().stream()
                .map(reason -> Eligibility.explain(reason, messages, locale)).toList());
    }

    /** An instant in a call's zone, with the zone and its offset then, such as 2027-03-31 23:59 (Asia/Shanghai, UTC+08:00). */
    static String inZone(java.time.Instant at, java.time.ZoneId zone) {
        java.time.ZonedDateTime local = at.atZone(zone);
        String offset = local.getOffset().getTotalSeconds() == 0 ? "+00:00" : local.getOffset().getId();
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(local) + " (" + zone.getId() + ", UTC" + offset + ")";
    }

    /**
     * The application's form with {@code answers} as typed, and its binding result without errors yet (a
     * refusal goes into it with {@code FormErrors.refuse}); the autosave's status line reads it too.
     */
    static BindingResult bind(Map<String, Object> answers, Model model) {
        Map<String, Object> typed = new LinkedHashMap<>(answers);
        BindingResult result = new MapBindingResult(typed, FORM);
        model.addAttribute(FORM, typed);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        return result;
    }
}
