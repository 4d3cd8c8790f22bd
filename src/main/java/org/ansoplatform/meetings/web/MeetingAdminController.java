package org.ansoplatform.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.meetings.Attendance;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingImport;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingStatistics;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.meetings.Registrations;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TableExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat keeps the catalogue: the list, the forms, the CSV import, each meeting's registrations
 * (approval, cancellation, check-in, online attendance import), certificates and statistics with exports.
 */
@Controller
@RequestMapping("/secretariat/meetings")
@PreAuthorize("hasRole('SECRETARIAT')")
public class MeetingAdminController {

    static final String PATH = "/secretariat/meetings";

    private final MeetingListing listing;
    private final MeetingQueries queries;
    private final MeetingManagement management;
    private final MeetingImport importer;
    private final Registrations registrations;
    private final Attendance attendance;
    private final MeetingStatistics statistics;
    private final FileStorage files;
    private final CurrentActor currentActor;
    private final MeetingPages pages;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    MeetingAdminController(MeetingListing listing, MeetingQueries queries, MeetingManagement management,
            MeetingImport importer, Registrations registrations, Attendance attendance, MeetingStatistics statistics,
            FileStorage files, CurrentActor currentActor, MeetingPages pages, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.listing = listing;
        this.queries = queries;
        this.management = management;
        this.importer = importer;
        this.registrations = registrations;
        this.attendance = attendance;
        this.statistics = statistics;
        this.files = files;
        this.currentActor = currentActor;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String organizer, @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("listing", listing.list(PATH, true, year, kind, organizer, country, theme, page, locale));
        model.addAttribute("calendarView", false);
        return MeetingPages.view(htmx, historyRestore, response);
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        MeetingForm form = new MeetingForm();
        form.setTimeZone(MeetingImport.DEFAULT_TIME_ZONE);
        form.setPublished(true);
        model.addAttribute("form", form);
        return form(model, null, locale);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") MeetingForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        MeetingCommand command = command(form, binding);
        if (command != null) {
            try {
                UUID id = management.create(command);
                redirect.addFlashAttribute("flashSuccess", "flash.saved");
                return "redirect:" + PATH + "/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(model, null, locale);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Model model, Locale locale) {
        MeetingView meeting = existing(id);
        model.addAttribute("form", form(meeting, management.onlineLink(meeting.id())));
        return form(model, meeting, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        MeetingCommand command = command(form, binding);
        if (command != null) {
            try {
                management.update(meeting.id(), command);
                redirect.addFlashAttribute("flashSuccess", "flash.saved");
                return "redirect:" + PATH + "/" + meeting.id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(model, meeting, locale);
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable String id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        try (InputStream content = file.getInputStream()) {
            StoredFile stored = files.store(currentActor.personId(), file.getOriginalFilename(), content,
                    FileStorage.DOCUMENT_TYPES);
            management.attach(meeting.id(), stored.id(), stored.originalName());
            redirect.addFlashAttribute("flashSuccess", "meetings.admin.attached");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", "meetings.admin.attachRefused");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:" + PATH + "/" + meeting.id();
    }

    @GetMapping("/import")
    String importForm() {
        return "meetings/import";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(value = "file", required = false) MultipartFile file, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", texts(List.of(new InvalidInputException.Violation("file", "meetings.import.empty")), locale));
            return "meetings/import";
        }
        try (InputStream content = file.getInputStream()) {
            int count = importer.importCsv(content);
            redirect.addFlashAttribute("flashSuccess", "meetings.import.done");
            redirect.addFlashAttribute("importedCount", count);
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", texts(e.violations(), locale));
            return "meetings/import";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One meeting's registrations in order of arrival, with the check-in list. */
    @GetMapping("/{id}")
    String meeting(@PathVariable String id, Model model) {
        MeetingView meeting = existing(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("registrations", registrations.ofMeeting(meeting.id()));
        model.addAttribute("statistics", statistics.forMeeting(meeting.id()));
        return "meetings/admin-meeting";
    }

    @PostMapping("/{id}/registrations/{registrationId}/{action}")
    String act(@PathVariable String id, @PathVariable String registrationId, @PathVariable String action,
            RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        UUID registration = MeetingPages.uuid(registrationId);
        registrations.byId(registration).filter(r -> r.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new NotFoundException("registration"));
        try {
            switch (action) {
                case "approve" -> registrations.approve(registration);
                case "reject" -> registrations.reject(registration);
                case "cancel" -> registrations.cancelAsSecretariat(registration);
                case "attended" -> attendance.mark(meeting.id(), registration, true);
                case "absent" -> attendance.mark(meeting.id(), registration, false);
                default -> throw new NotFoundException("action");
            }
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
        } catch (InvalidInputException e) {
            Flash.refused(redirect, e);
        }
        return "redirect:" + PATH + "/" + meeting.id();
    }

    @PostMapping("/{id}/attendance")
    String importAttendance(@PathVariable String id, @RequestParam(value = "file", required = false) MultipartFile file,
            Model model, Locale locale) {
        MeetingView meeting = existing(id);
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            int count = attendance.importOnline(meeting.id(), content);
            model.addAttribute("attendanceImported", count);
        } catch (InvalidInputException e) {
            model.addAttribute("attendanceErrors", texts(e.violations(), locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return meeting(id, model);
    }

    @GetMapping("/{id}/registrations/{registrationId}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable String id, @PathVariable String registrationId, Locale locale) {
        MeetingView meeting = existing(id);
        var registration = registrations.byId(MeetingPages.uuid(registrationId))
                .filter(r -> r.meetingId().equals(meeting.id()) && r.hasCertificate())
                .orElseThrow(() -> new NotFoundException("certificate"));
        return MeetingPages.pdf(attendance.certificatePdf(registration, pages.verifyUrl(registration.certificateCode()), locale),
                "certificate-" + registration.certificateCode() + ".pdf");
    }

    @GetMapping("/{id}/statistics.{format}")
    ResponseEntity<byte[]> meetingStatistics(@PathVariable String id, @PathVariable String format, Locale locale) {
        MeetingView meeting = existing(id);
        return export(statistics.forMeeting(meeting.id()), "meeting-" + meeting.id(), format, locale);
    }

    @GetMapping("/statistics")
    String yearStatistics(@RequestParam(required = false) String year, Model model) {
        Integer shown = MeetingListing.number(year);
        int y = shown == null ? Year.now(clock).getValue() : shown;
        model.addAttribute("year", y);
        model.addAttribute("years", queries.years());
        model.addAttribute("statistics", statistics.forYear(y));
        return "meetings/statistics";
    }

    @GetMapping("/statistics.{format}")
    ResponseEntity<byte[]> yearExport(@RequestParam(required = false) String year, @PathVariable String format,
            Locale locale) {
        Integer shown = MeetingListing.number(year);
        int y = shown == null ? Year.now(clock).getValue() : shown;
        return export(statistics.forYear(y), "meetings-" + y, format, locale);
    }

    static ResponseEntity<byte[]> export(MeetingStatistics.Statistics s, String name, String format, Locale locale) {
        List<List<Object>> table = MeetingStatistics.table(s, locale);
        boolean xlsx = "xlsx".equals(format);
        if (!xlsx && !"csv".equals(format)) {
            throw new NotFoundException("format");
        }
        byte[] bytes = xlsx ? TableExport.xlsx("Participants", MeetingStatistics.headers(), table)
                : TableExport.csv(MeetingStatistics.headers(), table);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "-statistics." + format).build().toString())
                .contentType(MediaType.parseMediaType(xlsx ? TableExport.XLSX_TYPE : TableExport.CSV_TYPE))
                .body(bytes);
    }

    private List<String> texts(List<InvalidInputException.Violation> violations, Locale locale) {
        return violations.stream().map(v -> messages.getMessage(v.messageKey(), v.args(), locale)).toList();
    }

    private MeetingView existing(String id) {
        return queries.byId(MeetingPages.uuid(id)).orElseThrow(() -> new NotFoundException("meeting"));
    }

    private String form(Model model, MeetingView meeting, Locale locale) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("formAction", meeting == null ? PATH + "/new" : PATH + "/" + meeting.id() + "/edit");
        model.addAttribute("cancelUrl", meeting == null ? PATH : PATH + "/" + meeting.id());
        model.addAttribute("kinds", Arrays.asList(MeetingKind.values()));
        model.addAttribute("modes", Arrays.asList(MeetingMode.values()));
        model.addAttribute("sdgs", java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute("allCountries", MeetingPages.countryOptions(locale));
        return "meetings/form";
    }

    static MeetingForm form(MeetingView m, String onlineLink) {
        MeetingForm f = new MeetingForm();
        f.setKind(m.kind().name());
        f.setTitle(m.title());
        f.setTitleZh(m.titleZh());
        f.setDescription(m.description());
        f.setDescriptionZh(m.descriptionZh());
        f.setStartDate(m.startDate().toString());
        f.setEndDate(m.endDate().toString());
        f.setStartTime(m.startTime() == null ? null : m.startTime().toString());
        f.setEndTime(m.endTime() == null ? null : m.endTime().toString());
        f.setTimeZone(m.timeZone());
        f.setMode(m.mode().name());
        f.setVenue(m.venue());
        f.setCity(m.city());
        f.setCountry(m.country());
        f.setOnlineLink(onlineLink);
        f.setOrganizers(String.join("\n", m.organizers().stream().map(Organizer::name).toList()));
        f.setThemes(new ArrayList<>(m.themes()));
        f.setPublished(m.published());
        f.setRegistrationOpen(m.registrationOpen());
        f.setRegistrationClosesAt(m.registrationClosesAt() == null ? null
                : LocalDateTime.ofInstant(m.registrationClosesAt(), ZoneId.of(m.timeZone())).toString());
        f.setCapacity(m.capacity() == null ? null : m.capacity().toString());
        f.setModerated(m.moderated());
        f.setQuestions(String.join("\n", m.questions().stream().map(q -> (q.required() ? "* " : "") + q.label()).toList()));
        return f;
    }

    /** The command the form asks for, or null when a value cannot even be read (each one marked on its field). */
    static MeetingCommand command(MeetingForm f, BindingResult binding) {
        MeetingKind kind = MeetingListing.parseEnum(MeetingKind.class, f.getKind());
        if (kind == null) {
            binding.rejectValue("kind", "validation.required");
        }
        MeetingMode mode = MeetingListing.parseEnum(MeetingMode.class, f.getMode());
        if (mode == null) {
            binding.rejectValue("mode", "validation.required");
        }
        LocalDate start = date(f.getStartDate(), "startDate", binding);
        LocalDate end = date(f.getEndDate(), "endDate", binding);
        LocalTime startTime = time(f.getStartTime(), "startTime", binding);
        LocalTime endTime = time(f.getEndTime(), "endTime", binding);
        Integer capacity = null;
        if (f.getCapacity() != null && !f.getCapacity().isBlank()) {
            try {
                capacity = Integer.valueOf(f.getCapacity().strip());
            } catch (NumberFormatException e) {
                binding.rejectValue("capacity", "meetings.error.capacity");
            }
        }
        Instant closes = null;
        if (f.getRegistrationClosesAt() != null && !f.getRegistrationClosesAt().isBlank()) {
            try {
                ZoneId zone = ZoneId.of(f.getTimeZone() == null ? MeetingImport.DEFAULT_TIME_ZONE : f.getTimeZone().strip());
                closes = LocalDateTime.parse(f.getRegistrationClosesAt().strip()).atZone(zone).toInstant();
            } catch (java.time.DateTimeException e) {
                binding.rejectValue("registrationClosesAt", "validation.date");
            }
        }
        if (binding.hasErrors()) {
            return null;
        }
        List<Organizer> organizers = lines(f.getOrganizers()).stream().map(name -> new Organizer(null, name)).toList();
        List<MeetingCommand.Question> questions = lines(f.getQuestions()).stream()
                .map(line -> line.startsWith("*") ? new MeetingCommand.Question(line.substring(1).strip(), true)
                        : new MeetingCommand.Question(line, false))
                .toList();
        return new MeetingCommand(kind, f.getTitle(), f.getTitleZh(), f.getDescription(), f.getDescriptionZh(), start,
                end, startTime, endTime, f.getTimeZone(), mode, f.getVenue(), f.getCity(), f.getCountry(),
                f.getOnlineLink(), organizers, f.getThemes(), f.isPublished(), f.isRegistrationOpen(), closes, capacity,
                f.isModerated(), questions);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String text, String field, BindingResult binding) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "validation.date");
            return null;
        }
    }

    private static LocalTime time(String text, String field, BindingResult binding) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "meetings.error.time");
            return null;
        }
    }
}
