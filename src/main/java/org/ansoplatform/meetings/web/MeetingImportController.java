package org.ansoplatform.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.meetings.importing.MeetingImport;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat imports a list of meetings from CSV: all of it, or nothing with each bad line and column named. */
@Controller
@RequestMapping(MeetingAdminController.PATH + "/import")
@PreAuthorize("hasRole('SECRETARIAT')")
class MeetingImportController {

    private static final String PAGE = "meetings/import";

    private final MeetingImport importer;

    MeetingImportController(MeetingImport importer) {
        this.importer = importer;
    }

    @GetMapping
    String importForm(Model model) {
        model.addAttribute("upload", new CsvUpload(null));
        return PAGE;
    }

    @PostMapping
    String importCsv(@ModelAttribute("upload") CsvUpload upload, BindingResult result, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (upload.empty()) {
            result.rejectValue("file", "meetings.import.empty");
            FormErrors.refused(response);
            return PAGE;
        }
        try (InputStream content = upload.file().getInputStream()) {
            int count = importer.importCsv(content);
            redirect.addFlashAttribute("flashSuccess", "meetings.import.done");
            redirect.addFlashAttribute("importedCount", count);
            return "redirect:" + MeetingAdminController.PATH;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return PAGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
