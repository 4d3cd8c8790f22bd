package org.ansoplatform.calls.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Calls;
import org.ansoplatform.calls.Offers;
import org.ansoplatform.calls.SelectionStatistics;
import org.ansoplatform.calls.SelectionView;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.Selections;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.platform.TableExport;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewScope;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
            String host, String placement, String offerStatus, List<String> ties) {
    }

    public record TrackTable(String code, String name, int quota, int size, long selected, List<Line> lines, int hidden) {
    }

    public record OfferLine(UUID id, String reference, String applicantName, String track, String host, String status,
            String statusText, boolean fromWaitlist, String respondBy, String declineReason) {
    }

    private final Calls calls;
    private final Selections selections;
    private final Offers offers;
    private final SelectionStatistics statistics;
    private final ReviewOutcomes reviews;
    private final SelectionTexts texts;
    private final OrganizationQueries organizations;
    private final MessageSource messages;

    SecretariatSelectionPages(Calls calls, Selections selections, Offers offers, SelectionStatistics statistics, ReviewOutcomes reviews,
            SelectionTexts texts, OrganizationQueries organizations, MessageSource messages) {
        this.calls = calls;
        this.selections = selections;
        this.offers = offers;
        this.statistics = statistics;
        this.reviews = reviews;
        this.texts = texts;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/secretariat/calls/{id}/selection")
    String selection(@PathVariable String id, @RequestParam(defaultValue = "false") boolean all, Locale locale, Model model) {
        CallView call = calls.any(CallPages.uuid(id));
        Optional<SelectionView> latest = selections.latest(call.id());
        model.addAttribute("call", call);
        model.addAttribute("panel", reviews.panel(new ReviewScope("call", call.id())).map(panel -> panel.status().name()).orElse("NONE"));
        model.addAttribute("run", latest.orElse(null));
        model.addAttribute("all", all);
        List<TrackTable> tables = new ArrayList<>();
        latest.ifPresent(run -> call.definition().tracks().forEach(track -> {
            List<DecisionView> decisions = run.track(track.code());
            int shown = all ? decisions.size() : Math.min(decisions.size(), track.awardQuota() + 50);
            tables.add(new TrackTable(track.code(), track.name().in(locale), track.awardQuota(), decisions.size(),
                    decisions.stream().filter(DecisionView::selected).count(),
                    decisions.subList(0, shown).stream().map(d -> line(d, call, locale)).toList(), decisions.size() - shown));
        }));
        model.addAttribute("tables", tables);
        model.addAttribute("ties", latest.map(run -> run.ties().stream().map(tie -> texts.trackName(call, tie.track(), locale) + ": "
                + texts.tie(tie, locale)).toList()).orElse(List.of()));
        model.addAttribute("offers", offers.ofCall(call.id()).stream().map(offer -> offerLine(offer, call, locale)).toList());
        model.addAttribute("rankings", selections.hostRankings(call.id()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().size())));
        return "calls/secretariat/selection";
    }

    private Line line(DecisionView d, CallView call, Locale locale) {
        return new Line(d.applicationId(), d.reference(), d.applicantName(), Countries.name(d.country(), locale), d.rank(), d.trackSize(),
                d.outcome(), texts.outcome(d.outcome(), locale), d.waitlistPosition(), String.format(Locale.ROOT, "%.3f", d.score()),
                String.format(Locale.ROOT, "%.3f", d.rawMean()), texts.decision(d, call, locale), texts.hostName(call, d.hostCode(), locale),
                texts.placement(d, call, locale), texts.offerStatus(d.offerStatus(), locale),
                d.ties().stream().map(tie -> texts.tie(tie, locale)).toList());
    }

    private OfferLine offerLine(Offers.OfferView offer, CallView call, Locale locale) {
        var zone = call.definition().zone();
        return new OfferLine(offer.id(), offer.reference(), offer.applicantName(), texts.trackName(call, offer.track(), locale),
                texts.hostName(call, offer.hostCode(), locale), offer.status(), texts.offerStatus(offer.status(), locale),
                offer.fromWaitlist(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(offer.respondBy().atZone(zone)),
                offer.declineReason());
    }

    @PostMapping("/secretariat/calls/{id}/selection")
    String run(@PathVariable String id, RedirectAttributes redirect) {
        UUID callId = CallPages.uuid(id);
        Flash.outcome(redirect, () -> selections.run(callId), "calls.selection.done");
        return "redirect:/secretariat/calls/" + callId + "/selection";
    }

    @PostMapping("/secretariat/calls/{id}/offers")
    String send(@PathVariable String id, RedirectAttributes redirect) {
        UUID callId = CallPages.uuid(id);
        Flash.outcome(redirect, () -> offers.send(callId), "calls.offer.sent");
        return "redirect:/secretariat/calls/" + callId + "/selection#offers";
    }

    @PostMapping("/secretariat/offers/{id}/enrolment")
    String enrol(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        Offers.OfferView offer = offers.view(CallPages.uuid(id), me);
        Flash.outcome(redirect, () -> offers.enrol(offer.id()), "calls.offer.enrolled");
        return "redirect:/secretariat/calls/" + offer.callId() + "/selection#offers";
    }

    @PostMapping("/secretariat/calls/{id}/host-rankings")
    String hostRanking(@PathVariable String id, @RequestParam(defaultValue = "") String host,
            @RequestParam(defaultValue = "") String references, @RequestParam(value = "file", required = false) MultipartFile file,
            Locale locale, RedirectAttributes redirect) throws IOException {
        UUID callId = CallPages.uuid(id);
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : references;
        try {
            selections.saveHostRanking(callId, host, text);
            redirect.addFlashAttribute("flashSuccess", "calls.selection.rankingSaved");
        } catch (InvalidInputException refusal) {
            redirect.addFlashAttribute("rankingErrors", problems(refusal, locale));
        }
        return "redirect:/secretariat/calls/" + callId + "/selection#rankings";
    }

    @PostMapping("/secretariat/calls/{id}/selection-rules")
    String saveRules(@PathVariable String id, @RequestParam(defaultValue = "") String selectionRules, Locale locale,
            RedirectAttributes redirect) {
        UUID callId = CallPages.uuid(id);
        try {
            selections.saveRules(callId, selectionRules);
            redirect.addFlashAttribute("flashSuccess", "calls.rules.saved");
        } catch (InvalidInputException refusal) {
            redirect.addFlashAttribute("selectionRulesText", selectionRules);
            redirect.addFlashAttribute("selectionRulesErrors", problems(refusal, locale));
        }
        return "redirect:/secretariat/calls/" + callId + "#selection-rules";
    }

    private List<String> problems(InvalidInputException refusal, Locale locale) {
        return FormErrors.all(FormErrors.byField(refusal, messages, locale));
    }

    @GetMapping({"/secretariat/calls/{id}/selection.csv", "/secretariat/calls/{id}/selection.xlsx"})
    ResponseEntity<byte[]> export(@PathVariable String id, jakarta.servlet.http.HttpServletRequest request, Locale locale) {
        CallView call = calls.any(CallPages.uuid(id));
        SelectionView run = selections.latest(call.id()).orElseThrow(() -> new org.ansoplatform.platform.NotFoundException("selection"));
        List<String> headers = List.of("track", "rank", "of", "reference", "applicant", "country", "score", "raw mean", "outcome",
                "waitlist", "explanation", "host", "placement", "offer", "ties").stream()
                .map(h -> messages.getMessage("calls.selection.column." + h.replace(' ', '-'), null, h, locale)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (DecisionView d : run.decisions()) {
            Line l = line(d, call, locale);
            rows.add(List.of(texts.trackName(call, d.track(), locale), l.rank(), l.trackSize(), l.reference(), l.applicantName(),
                    l.country(), d.score(), d.rawMean(), l.outcomeText(), l.waitlistPosition(), l.explanation(), l.host(), l.placement(),
                    l.offerStatus(), String.join(" | ", l.ties())));
        }
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        byte[] body = xlsx ? TableExport.xlsx("selection", headers, rows) : TableExport.csv(headers, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, xlsx ? TableExport.XLSX_TYPE : TableExport.CSV_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.definition().code() + "-selection" + (xlsx ? ".xlsx" : ".csv")).build().toString())
                .body(body);
    }

    public record StatisticsLine(String label, SelectionStatistics.Counts counts) {
    }

    @GetMapping("/secretariat/calls/{id}/statistics")
    String statistics(@PathVariable String id, Locale locale, Model model) {
        CallView call = calls.any(CallPages.uuid(id));
        SelectionStatistics.CallStatistics stats = statistics.of(call.id());
        model.addAttribute("call", call);
        model.addAttribute("total", stats.total());
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
