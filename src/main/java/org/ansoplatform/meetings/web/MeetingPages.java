package org.ansoplatform.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.meetings.Attendance;
import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.MeetingCalendar;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.meetings.RegistrationView;
import org.ansoplatform.meetings.Registrations;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.CountryCode;
import org.springframework.core.env.Environment;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side: list and calendar with filters, a page per meeting with its registration form, the
 * participant's own page reached through the emailed link, iCalendar feeds and certificate verification.
 */
@Controller
public class MeetingPages {

    static final String LIST = "meetings/list";
    static final String RESULTS = "meetings/list :: results";

    private final MeetingListing listing;
    private final MeetingQueries queries;
    private final Registrations registrations;
    private final Attendance attendance;
    private final MeetingCalendar calendar;
    private final MeetingJsonLd jsonLd;
    private final CurrentActor currentActor;
    private final FileStorage files;
    private final Environment environment;
    private final Clock clock;

    MeetingPages(MeetingListing listing, MeetingQueries queries, Registrations registrations, Attendance attendance,
            MeetingCalendar calendar, MeetingJsonLd jsonLd, CurrentActor currentActor, FileStorage files,
            Environment environment, Clock clock) {
        this.listing = listing;
        this.queries = queries;
        this.registrations = registrations;
        this.attendance = attendance;
        this.calendar = calendar;
        this.jsonLd = jsonLd;
        this.currentActor = currentActor;
        this.files = files;
        this.environment = environment;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String organizer, @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("listing", listing.list("/meetings", false, year, kind, organizer, country, theme, page, locale));
        model.addAttribute("calendarView", false);
        return view(htmx, historyRestore, response);
    }

    /** The calendar: the year's meetings month by month (the latest year with meetings when none is asked). */
    @GetMapping("/meetings/calendar")
    String calendar(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String organizer, @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            Locale locale, Model model, HttpServletResponse response) {
        Integer shownYear = MeetingListing.number(year);
        if (shownYear == null) {
            List<Integer> years = queries.years();
            int current = Year.now(clock).getValue();
            shownYear = years.contains(current) || years.isEmpty() ? current : years.get(0);
        }
        MeetingQueries.Filter filter = listing.filter(String.valueOf(shownYear), kind, organizer, country, theme, false);
        List<MeetingView> meetings = queries.all(filter);
        model.addAttribute("listing", listing.listing("/meetings/calendar", false, filter,
                new org.ansoplatform.shared.PageResult<>(meetings, 0, Math.max(1, meetings.size()), meetings.size()), locale));
        model.addAttribute("months", MeetingListing.months(meetings));
        model.addAttribute("calendarView", true);
        return view(htmx, historyRestore, response);
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model, Locale locale) {
        MeetingView meeting = published(id);
        RegistrationForm form = new RegistrationForm();
        model.addAttribute("form", form);
        return page(meeting, model, locale);
    }

    @PostMapping("/meetings/{id}/register")
    String register(@PathVariable String id, @ModelAttribute("form") RegistrationForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        MeetingView meeting = published(id);
        ParticipantRole role = MeetingListing.parseEnum(ParticipantRole.class, form.getRole());
        Gender gender = MeetingListing.parseEnum(Gender.class, form.getGender());
        try {
            Registrations.Registered registered = registrations.register(meeting.id(), new RegistrationCommand(
                    form.getName(), form.getEmail(), form.getCountry(), form.getOrganization(), role, gender,
                    form.getAnswers(), locale.getLanguage()), currentActor.personId());
            redirect.addFlashAttribute("registeredStatus", registered.status().name());
            redirect.addFlashAttribute("registeredPosition", registered.position());
            return "redirect:/meetings/" + meeting.id() + "#registration";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
            return page(meeting, model, locale);
        }
    }

    private String page(MeetingView meeting, Model model, Locale locale) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("jsonLd", jsonLd.of(meeting, baseUrl() + "/meetings/" + meeting.id()));
        model.addAttribute("accepting", meeting.acceptsRegistrations(clock.instant())
                && !meeting.endDate().isBefore(java.time.LocalDate.now(clock)));
        model.addAttribute("roles", List.of(ParticipantRole.values()));
        model.addAttribute("genders", List.of(Gender.values()));
        model.addAttribute("allCountries", countryOptions(locale));
        RegistrationView own = registrations.activeOf(meeting.id(), currentActor.personId()).orElse(null);
        model.addAttribute("own", own);
        model.addAttribute("ownLink", own == null ? null : registrations.onlineLink(own).orElse(null));
        return "meetings/detail";
    }

    /** The participant's own page, reached through the link in their email. */
    @GetMapping("/meetings/registration")
    String registration(@RequestParam(required = false) String token, Model model, Locale locale) {
        RegistrationView registration = registrations.byToken(token).orElseThrow(() -> new NotFoundException("registration"));
        MeetingView meeting = queries.byId(registration.meetingId()).orElseThrow();
        model.addAttribute("registration", registration);
        model.addAttribute("meeting", meeting);
        model.addAttribute("token", token);
        model.addAttribute("onlineLink", registrations.onlineLink(registration).orElse(null));
        return "meetings/registration";
    }

    @PostMapping("/meetings/registration/cancel")
    String cancel(@RequestParam(required = false) String token, RedirectAttributes redirect) {
        try {
            registrations.cancelWithToken(token);
            redirect.addFlashAttribute("flashSuccess", "meetings.registration.cancelled");
        } catch (InvalidInputException e) {
            Flash.refused(redirect, e);
        }
        return "redirect:/meetings/registration?token=" + java.net.URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
    }

    @GetMapping("/meetings/registration/certificate")
    ResponseEntity<byte[]> certificate(@RequestParam(required = false) String token, Locale locale) {
        RegistrationView registration = registrations.byToken(token).filter(RegistrationView::hasCertificate)
                .orElseThrow(() -> new NotFoundException("certificate"));
        return pdf(attendance.certificatePdf(registration, verifyUrl(registration.certificateCode()), locale),
                "certificate-" + registration.certificateCode() + ".pdf");
    }

    @GetMapping("/meetings/certificates/verify")
    String verify(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("certificate", code == null || code.isBlank() ? null : attendance.verify(code).orElse(null));
        return "meetings/verify";
    }

    @GetMapping("/meetings/{id}/ical")
    ResponseEntity<String> ical(@PathVariable String id) {
        MeetingView meeting = published(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("meeting-" + meeting.id() + ".ics").build().toString())
                .contentType(MediaType.parseMediaType(MeetingCalendar.CONTENT_TYPE))
                .body(calendar.ics(List.of(meeting), meeting.title(), baseUrl()));
    }

    /** Every public meeting, for calendar applications to subscribe to. */
    @GetMapping("/meetings/feed.ics")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MeetingCalendar.CONTENT_TYPE))
                .body(calendar.ics(queries.all(MeetingQueries.Filter.published()), "ANSO meetings", baseUrl()));
    }

    @GetMapping("/meetings/{id}/attachments/{fileId}")
    ResponseEntity<Resource> attachment(@PathVariable String id, @PathVariable String fileId) {
        MeetingView meeting = published(id);
        UUID file = uuid(fileId);
        MeetingView.Attachment attachment = meeting.attachments().stream().filter(a -> a.fileId().equals(file)).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment"));
        StoredFile stored = files.find(attachment.fileId()).orElseThrow(() -> new NotFoundException("attachment"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(stored.mediaType()))
                .contentLength(stored.size())
                .body(new InputStreamResource(files.open(stored)));
    }

    private MeetingView published(String id) {
        return queries.published(uuid(id)).orElseThrow(() -> new NotFoundException("meeting"));
    }

    String baseUrl() {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String verifyUrl(String code) {
        return baseUrl() + "/meetings/certificates/verify?code=" + code;
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(bytes);
    }

    /** Every country by its name in the language, computed once per language (the registration form shows them all). */
    private static final java.util.Map<Locale, List<MeetingListing.CountryOption>> COUNTRY_OPTIONS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static List<MeetingListing.CountryOption> countryOptions(Locale locale) {
        return COUNTRY_OPTIONS.computeIfAbsent(locale, MeetingPages::sortedCountries);
    }

    private static List<MeetingListing.CountryOption> sortedCountries(Locale locale) {
        return CountryCode.all().stream()
                .map(code -> new MeetingListing.CountryOption(code, new CountryCode(code).displayName(locale)))
                .sorted(Comparator.comparing(MeetingListing.CountryOption::name))
                .toList();
    }

    static String view(String htmx, String historyRestore, HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
        return fragment ? RESULTS : LIST;
    }

    /** A malformed id names nothing, so it is answered like an unknown one. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("meeting");
        }
    }
}
