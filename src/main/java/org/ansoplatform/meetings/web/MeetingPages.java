package org.ansoplatform.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.shared.Programmes;
import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.RegistrationView;
import org.ansoplatform.meetings.calendar.MeetingCalendar;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.ProofOfWork;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.PageResult;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public catalogue: list and calendar with filters, a page per meeting with its registration form, iCalendar
 * feeds and attached documents. The participant's own page is {@link ParticipantPages}'.
 */
@Controller
public class MeetingPages {

    static final String LIST = "meetings/list";

    private final Programmes programmes;
    private final MeetingListing listing;
    private final MeetingQueries queries;
    private final RegistrationManagement registrations;
    private final RegistrationQueries registered;
    private final MeetingCalendar calendar;
    private final MeetingJsonLd jsonLd;
    private final CurrentActor currentActor;
    private final FileStorage files;
    private final PublicAddresses addresses;
    private final Clock clock;
    private final ProofOfWork proofOfWork;

    MeetingPages(MeetingListing listing, MeetingQueries queries, RegistrationManagement registrations,
            RegistrationQueries registered, MeetingCalendar calendar, MeetingJsonLd jsonLd, CurrentActor currentActor,
            FileStorage files, PublicAddresses addresses, Clock clock, ProofOfWork proofOfWork, Programmes programmes) {
        this.programmes = programmes;
        this.proofOfWork = proofOfWork;
        this.listing = listing;
        this.queries = queries;
        this.registrations = registrations;
        this.registered = registered;
        this.calendar = calendar;
        this.jsonLd = jsonLd;
        this.currentActor = currentActor;
        this.files = files;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** A filter that cannot be read is left out ({@code ignored}): the list stays reachable from any old link. */
    @GetMapping("/meetings")
    String list(@ModelAttribute("filter") MeetingFilter filter, BindingResult ignored, Htmx htmx, Locale locale,
            Model model) {
        model.addAttribute("listing", listing.list("/meetings", false, filter, locale));
        model.addAttribute("calendarView", false);
        return htmx.view(LIST, "results");
    }

    /** The calendar: the year's meetings month by month (the latest year with meetings when none is asked). */
    @GetMapping("/meetings/calendar")
    String calendar(@ModelAttribute("filter") MeetingFilter filter, BindingResult ignored, Htmx htmx, Locale locale,
            Model model) {
        Integer shownYear = filter.year();
        if (shownYear == null) {
            List<Integer> years = queries.years();
            int current = Year.now(clock).getValue();
            shownYear = years.contains(current) || years.isEmpty() ? current : years.get(0);
        }
        MeetingQueries.Filter query = filter.toQuery(shownYear, false);
        List<MeetingView> meetings = queries.all(query);
        model.addAttribute("listing", listing.listing("/meetings/calendar", false, query,
                new PageResult<>(meetings, 0, Math.max(1, meetings.size()), meetings.size()), locale));
        model.addAttribute("months", MeetingListing.months(meetings));
        model.addAttribute("calendarView", true);
        return htmx.view(LIST, "results");
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("form", RegistrationForm.blank());
        return page(published(id), model, locale);
    }

    @PostMapping("/meetings/{id}/register")
    String register(@PathVariable UUID id, @Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        MeetingView meeting = published(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return page(meeting, model, locale);
        }
        try {
            proofOfWork.check(form.altcha());
            RegistrationManagement.Registered done = registrations.register(meeting.id(),
                    form.command(locale.getLanguage()), currentActor.personId());
            redirect.addFlashAttribute("registeredStatus", done.status().name());
            redirect.addFlashAttribute("registeredPosition", done.position());
            return "redirect:/meetings/" + meeting.id() + "#registration";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(meeting, model, locale);
        }
    }

    private String page(MeetingView meeting, Model model, Locale locale) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("programme", programmes.byCode(meeting.programmeCode()).orElse(null));
        model.addAttribute("jsonLd", jsonLd.of(meeting, addresses.baseUrl(), locale));
        model.addAttribute("pageDescription", summary(meeting, locale));
        model.addAttribute("accepting", meeting.acceptsRegistrations(clock.instant())
                && !meeting.endDate().isBefore(LocalDate.now(clock)));
        model.addAttribute("roles", List.of(ParticipantRole.values()));
        model.addAttribute("genders", List.of(Gender.values()));
        model.addAttribute("allCountries", MeetingListing.countryOptions(locale));
        RegistrationView own = registered.activeOf(meeting.id(), currentActor.personId()).orElse(null);
        model.addAttribute("own", own);
        model.addAttribute("ownLink", own == null ? null : registered.onlineLink(own).orElse(null));
        return "meetings/detail";
    }

    @GetMapping("/meetings/{id}/ical")
    ResponseEntity<String> ical(@PathVariable UUID id, Locale locale, WebRequest request) {
        MeetingView meeting = published(id);
        return CalendarResponses.conditional(request, List.of(meeting),
                calendar.ics(List.of(meeting), meeting.title(locale), addresses.baseUrl(), locale),
                ContentDisposition.attachment().filename("meeting-" + meeting.id() + ".ics").build().toString());
    }

    /** Every public meeting, for calendar applications to subscribe to; they poll, so a 304 saves the feed. */
    @GetMapping("/meetings/feed.ics")
    ResponseEntity<String> feed(Locale locale, WebRequest request) {
        List<MeetingView> meetings = queries.all(MeetingQueries.Filter.published());
        return CalendarResponses.conditional(request, meetings,
                calendar.ics(meetings, "ANSO meetings", addresses.baseUrl(), locale), null);
    }

    @GetMapping("/meetings/{id}/attachments/{fileId}")
    ResponseEntity<Resource> attachment(@PathVariable UUID id, @PathVariable UUID fileId) {
        MeetingView meeting = published(id);
        MeetingView.Attachment attachment = meeting.attachments().stream().filter(a -> a.fileId().equals(fileId))
                .findFirst().orElseThrow(() -> new NotFoundException("attachment"));
        StoredFile stored = files.find(attachment.fileId()).orElseThrow(() -> new NotFoundException("attachment"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(stored.mediaType()))
                .contentLength(stored.size())
                .body(new InputStreamResource(files.open(stored)));
    }

    /** What a link preview and a search result show under the title: when, where, and the description’s start. */
    static String summary(MeetingView meeting, Locale locale) {
        StringBuilder text = new StringBuilder(meeting.dates(locale));
        if (meeting.place(locale) != null) {
            text.append(" · ").append(meeting.place(locale));
        }
        String description = meeting.description(locale);
        if (description != null) {
            String flat = description.replaceAll("\\s+", " ").strip();
            // counted in characters, so that a pair of surrogates (a rare Han character, an emoji) is never cut in two
            text.append(" · ").append(flat.codePointCount(0, flat.length()) > 200
                    ? flat.substring(0, flat.offsetByCodePoints(0, 199)) + "…" : flat);
        }
        return text.toString();
    }

    private MeetingView published(UUID id) {
        return queries.published(id).orElseThrow(() -> new NotFoundException("meeting"));
    }
}
