package org.ansoplatform.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.shared.Programmes;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.QuestionType;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat keeps the catalogue: the list with unpublished meetings, the meeting form, attached documents. */
@Controller
@RequestMapping(MeetingAdminController.PATH)
@PreAuthorize("hasRole('SECRETARIAT')")
public class MeetingAdminController {

    static final String PATH = "/secretariat/meetings";

    private final MeetingListing listing;
    private final MeetingQueries queries;
    private final MeetingManagement management;
    private final FileStorage files;
    private final CurrentActor currentActor;
    private final MeetingAdminPage page;
    private final Languages languages;
    private final Programmes programmes;

    MeetingAdminController(MeetingListing listing, MeetingQueries queries, MeetingManagement management,
            FileStorage files, CurrentActor currentActor, MeetingAdminPage page, Languages languages, Programmes programmes) {
        this.programmes = programmes;
        this.languages = languages;
        this.listing = listing;
        this.queries = queries;
        this.management = management;
        this.files = files;
        this.currentActor = currentActor;
        this.page = page;
    }

    @GetMapping
    String list(@ModelAttribute("filter") MeetingFilter filter, BindingResult ignored, Htmx htmx, Locale locale,
            Model model) {
        model.addAttribute("listing", listing.list(PATH, true, filter, locale));
        model.addAttribute("calendarView", false);
        return htmx.view(MeetingPages.LIST, "results");
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", MeetingForm.blank());
        return form(model, null, locale);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // the inputs per language read the form itself, which a mistyped value left out of the model
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(model, null, locale);
        }
        try {
            UUID id = management.create(form.command(List.of(), languages.tags().get(0)));
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, null, locale);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        MeetingView meeting = existing(id);
        model.addAttribute("form", MeetingForm.of(meeting, management.onlineLink(meeting.id())));
        return form(model, meeting, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(model, meeting, locale);
        }
        try {
            management.update(meeting.id(), form.command(meeting.questions(), languages.tags().get(0)));
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:" + PATH + "/" + meeting.id();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, meeting, locale);
        }
    }

    /** Calls the meeting off; everyone still registered is told by email. */
    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        if (!"true".equals(confirm)) {
            redirect.addFlashAttribute("flashError", "meetings.admin.cancelUnconfirmed");
            return "redirect:" + PATH + "/" + meeting.id();
        }
        management.cancel(meeting.id());
        redirect.addFlashAttribute("flashSuccess", "meetings.admin.meetingCancelled");
        return "redirect:" + PATH + "/" + meeting.id();
    }

    /** Refused (no file, an empty one, a kind not accepted, too large), the meeting's page again with the reason next to the file. */
    @PostMapping("/{id}/attachments")
    String attach(@PathVariable UUID id, @ModelAttribute("attachment") AttachmentUpload upload, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        try {
            if (upload.missing()) {
                throw new InvalidInputException("file", "files.error.missing");
            }
            try (InputStream content = upload.content()) {
                StoredFile stored = files.store(currentActor.personId(), upload.file().getOriginalFilename(), content,
                        FileStorage.DOCUMENT_TYPES);
                management.attach(meeting.id(), stored.id(), stored.originalName());
            }
            redirect.addFlashAttribute("flashSuccess", "meetings.admin.attached");
            return "redirect:" + PATH + "/" + meeting.id();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page.page(meeting, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MeetingView existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("meeting"));
    }

    private String form(Model model, MeetingView meeting, Locale locale) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("formAction", meeting == null ? PATH + "/new" : PATH + "/" + meeting.id() + "/edit");
        model.addAttribute("cancelUrl", meeting == null ? PATH : PATH + "/" + meeting.id());
        model.addAttribute("kinds", Arrays.asList(MeetingKind.values()));
        model.addAttribute("languages", languages.tags());
        model.addAttribute("questionTypes", Arrays.asList(QuestionType.values()));
        model.addAttribute("modes", Arrays.asList(MeetingMode.values()));
        model.addAttribute("sdgs", IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute("allCountries", MeetingListing.countryOptions(locale));
        model.addAttribute("programmes", programmes.all());
        return "meetings/form";
    }
}
