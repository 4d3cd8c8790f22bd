package org.ansoplatform.calls.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.calls.selection.SelectionStatistics;
import org.ansoplatform.calls.SelectionView;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's selection of a call: the rules (on the call editor), running the selection once
 * reviewing is closed, the ranked list per track with each decision explained and the ties with their
 * rules, hosts' own rankings, placement, sending offers, enrolment, exports and statistics.
 */
@Controller
class SecretariatSelectionPages {

    /** A decision as the page and the exports show it, explained in the reader's language. */
    public record Line(UUID applicationId, String reference, String applicantName, String country, int rank, int trackSize,
            String outcome, String outcomeText, int waitlistPosition, String score, String rawMean, String explanation,
            String host, String placement, String offerStatus, List<String> ties, String requested, String granted) {
    }

    public record TrackTable(String code, String name, int quota, int size, long selected, List<Line> lines, int hidden) {
    }

    /** @param enrollable accepted, so the Secretariat may confirm the enrolment */
    public record OfferLine(UUID id, String reference, String applicantName, String track, String host, OfferStatus status,
            String statusText, boolean fromWaitlist, String respondBy, String declineReason, boolean enrollable) {
    }

    private final CallQueries calls;
    private final SelectionRunner runner;
    private final SelectionRuleBook ruleBook;
    private final SelectionQueries selections;
    private final OfferManagement offers;
    private final SelectionStatistics statistics;
    private final ReviewOutcomes reviews;
    private final SelectionTexts texts;
    private final OrganizationQueries organizations;
    private final MessageSource messages;
    private final Clock clock;

    SecretariatSelectionPages(CallQueries calls, SelectionRunner runner, SelectionRuleBook ruleBook, SelectionQueries selections,
            OfferManagement offers, SelectionStatistics statistics, ReviewOutcomes reviews, SelectionTexts texts,
            OrganizationQueries organizations, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.calls = calls;
        this.runner = runner;
        this.ruleBook = ruleBook;
        this.selections = selections;
        this.offers = offers;
        this.statistics = statistics;
        this.reviews = reviews;
        this.texts = texts;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/secretariat/calls/{id}/selection")
    String selection(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean all, Locale locale, Model model) {
        return page(calls.any(id), all, locale, model);
    }

    private String page(CallView call, boolean all, Locale locale, Model model) {
        Optional<SelectionView> latest = selections.latest(call.id());
        model.addAttribute("call", call);
        model.addAttribute("panel", reviews.panel(new ReviewScope(CallSubjectSource.SCOPE, call.id())).map(panel -> panel.status().name())
                .orElse("NONE"));
        model.addAttribute("run", latest.orElse(null));
        model.addAttribute("envelope", latest.flatMap(SelectionView::envelope).map(e -> envelopeLine(e, locale)).orElse(null));
        model.addAttribute("all", all);
        List<TrackTable> tables = new ArrayList<>();
        latest.ifPresent(run -> call.definition().tracks().forEach(track -> {
            List<DecisionView> decisions = run.track(track.code());
            int shown = all ? decisions.size() : Math.min(decisions.size(), track.awardQuota() + 50);
            tables.add(new TrackTable(track.code(), track.name().in(locale), track.awardQuota(), decisions.size(),
                    decisions.stream().filter(DecisionView::selected).count(),
                    decisions.subList(0, shown).stream().map(d -> line(d, call, locale, texts)).toList(), decisions.size() - shown));
        }));
        model.addAttribute("tables", tables);
        model.addAttribute("ties", latest.map(run -> run.ties().stream().map(tie -> texts.trackName(call, tie.track(), locale) + ": "
                + texts.tie(tie, locale)).toList()).orElse(List.of()));
        model.addAttribute("offers", offers.ofCall(call.id()).stream().map(offer -> offerLine(offer, call, locale)).toList());
        // while the call takes submissions neither the selection nor the offers may run: the page says why instead of a button
        try {
            SelectionRunner.requireClosed(call, clock.instant(), "selection", "calls.selection.callOpen");
        } catch (InvalidInputException open) {
            model.addAttribute("callOpen", messages.getMessage(open.violations().get(0).messageKey(),
                    open.violations().get(0).args(), locale));
        }
        offers.preview(call.id()).ifPresent(preview -> model.addAttribute("sendPreview", preview));
        model.addAttribute("rankings", selections.hostRankings(call.id()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().size())));
        if (!model.containsAttribute("ranking")) {
            model.addAttribute("ranking", HostRankingForm.empty());
        }
        return "calls/secretariat/selection";
    }

    /** The run's envelope, what was granted and what remains, as one sentence in the reader's language. */
    private String envelopeLine(SelectionView.Envelope envelope, Locale locale) {
        return messages.getMessage("calls.selection.envelope", new Object[] {SelectionTexts.money(envelope.envelope(), locale),
                SelectionTexts.money(envelope.used(), locale), SelectionTexts.money(envelope.remaining(), locale), envelope.funded()}, locale);
    }

    /** A decision as the page and the exports ({@link SelectionExports}) show it. */
    static Line line(DecisionView d, CallView call, Locale locale, SelectionTexts texts) {
        return new Line(d.applicationId(), d.reference(), d.applicantName(), Countries.name(d.country(), locale), d.rank(), d.trackSize(),
                d.outcome().name(), texts.outcome(d.outcome(), locale), d.waitlistPosition(), SelectionTexts.decimal(d.score()).toPlainString(),
                SelectionTexts.decimal(d.rawMean()).toPlainString(), texts.decision(d, call, locale), texts.hostName(call, d.hostCode(), locale),
                texts.placement(d, call, locale), texts.offerStatus(d.offerStatus(), locale),
                d.ties().stream().map(tie -> texts.tie(tie, locale)).toList(), SelectionTexts.money(d.requested(), locale),
                SelectionTexts.money(d.granted(), locale));
    }

    private OfferLine offerLine(OfferView offer, CallView call, Locale locale) {
        var zone = call.definition().zone();
        return new OfferLine(offer.id(), offer.reference(), offer.applicantName(), texts.trackName(call, offer.track(), locale),
                // a call without hosts grants amounts: its column shows the award where a host would be
                offer.hostCode() == null && offer.granted() != null ? SelectionTexts.money(offer.granted(), locale)
                        : texts.hostName(call, offer.hostCode(), locale), offer.status(), texts.offerStatus(offer.status(), locale),
                offer.fromWaitlist(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(offer.respondBy().atZone(zone)),
                offer.declineReason(), offer.status() == OfferStatus.ACCEPTED);
    }

    @PostMapping("/secretariat/calls/{id}/selection")
    String run(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID callId = id;
        Flash.outcome(redirect, () -> runner.run(callId), "calls.selection.done");
        return "redirect:/secretariat/calls/" + callId + "/selection";
    }

    /** Sending is confirmed on the page, which says beforehand how many emails go to whom. */
    @PostMapping("/secretariat/calls/{id}/offers")
    String send(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        UUID callId = id;
        Flash.outcome(redirect, () -> offers.send(callId, confirm), "calls.offer.sent");
        return "redirect:/secretariat/calls/" + callId + "/selection#offers";
    }

    @PostMapping("/secretariat/offers/{id}/enrolment")
    String enrol(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        OfferView offer = offers.view(id, me);
        Flash.outcome(redirect, () -> offers.enrol(offer.id()), "calls.offer.enrolled");
        return "redirect:/secretariat/calls/" + offer.callId() + "/selection#offers";
    }

    @PostMapping("/secretariat/calls/{id}/host-rankings")
    String hostRanking(@PathVariable UUID id, @ModelAttribute("ranking") HostRankingForm form, BindingResult result,
            @RequestParam(value = "file", required = false) MultipartFile file, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        CallView call = calls.any(id);
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : form.references();
        try {
            ruleBook.saveHostRanking(call.id(), form.host(), text);
            redirect.addFlashAttribute("flashSuccess", "calls.selection.rankingSaved");
            return "redirect:/secretariat/calls/" + call.id() + "/selection#rankings";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(call, false, locale, model);
        }
    }

    public record StatisticsLine(String label, SelectionStatistics.Counts counts) {
    }

    @GetMapping("/secretariat/calls/{id}/statistics")
    String statistics(@PathVariable UUID id, Locale locale, Model model) {
        CallView call = calls.any(id);
        SelectionStatistics.CallStatistics stats = statistics.of(call.id());
        model.addAttribute("call", call);
        model.addAttribute("total", stats.total());
        model.addAttribute("started", stats.started());
        model.addAttribute("envelope", selections.latest(call.id()).flatMap(SelectionView::envelope).map(e -> envelopeLine(e, locale))
                .orElse(null));
        model.addAttribute("byTrack", stats.byTrack().stream()
                .map(g -> new StatisticsLine(g.key().isEmpty() ? "—" : texts.trackName(call, g.key(), locale), g.counts())).toList());
        model.addAttribute("byCountry", stats.byCountry().stream()
                .map(g -> new StatisticsLine(g.key().isEmpty() ? "—" : Countries.name(g.key(), locale), g.counts())).toList());
        model.addAttribute("byOrganization", stats.byOrganization().stream()
                .map(g -> new StatisticsLine(organizations.byId(UUID.fromString(g.key())).map(OrganizationView::name).orElse(g.key()),
                        g.counts())).toList());
        return "calls/secretariat/statistics";
    }
}
