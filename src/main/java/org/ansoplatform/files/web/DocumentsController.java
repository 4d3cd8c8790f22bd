package org.ansoplatform.files.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.files.FileSizes;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own documents: the list, the upload form and downloads. */
@Controller
class DocumentsController {

    private static final String PAGE = "files/documents";
    private static final String TOO_LARGE = "error.uploadTooLarge";
    /** The upload form's model name. */
    static final String FORM = "upload";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One line of the list, formatted for the page. */
    record DocumentRow(UUID id, String name, String format, String mediaType, String size, String uploaded,
            String uploadedIso) {
    }

    private final FileStorage storage;
    private final FileDownloads downloads;
    private final CurrentActor actor;

    DocumentsController(FileStorage storage, FileDownloads downloads, CurrentActor actor) {
        this.storage = storage;
        this.downloads = downloads;
        this.actor = actor;
    }

    @GetMapping("/documents")
    String documents(Model model) {
        DocumentUpload form = DocumentUpload.none();
        model.addAttribute(FORM, form);
        // an upload over the server's multipart limit comes back here as a flash message without the limit;
        // show it at the field, with the limit, as the form's refusal instead
        if (TOO_LARGE.equals(model.getAttribute("flashError"))) {
            model.asMap().remove("flashError");
            BindingResult result = new BeanPropertyBindingResult(form, FORM);
            result.rejectValue("file", "files.error.tooLarge", new Object[] {FileSizes.humanReadable(storage.maxSize().toBytes())}, null);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        }
        return page(model);
    }

    @PostMapping("/documents")
    String upload(@ModelAttribute(FORM) DocumentUpload form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        try {
            if (form.missing()) {
                throw new InvalidInputException("file", "files.error.missing");
            }
            try (InputStream content = form.file().getInputStream()) {
                storage.store(actor.personId(), form.file().getOriginalFilename(), content, FileStorage.DOCUMENT_TYPES);
            }
        } catch (InvalidInputException refusal) {
            // htmx swaps a refused form too (layout.html's htmx-config)
            FormErrors.refuse(refusal, result, response);
            return page(model);
        }
        redirect.addFlashAttribute("flashSuccess", "files.uploaded");
        return "redirect:/documents";
    }

    @GetMapping("/files/{id}")
    ResponseEntity<Resource> download(@PathVariable UUID id) {
        return downloads.download(id);
    }

    private String page(Model model) {
        List<DocumentRow> rows = storage.ownedBy(actor.personId()).stream().map(this::row).toList();
        model.addAttribute("documents", rows);
        model.addAttribute("formats", storage.formats(FileStorage.DOCUMENT_TYPES));
        model.addAttribute("accept", storage.acceptAttribute(FileStorage.DOCUMENT_TYPES));
        model.addAttribute("maxSize", FileSizes.humanReadable(storage.maxSize().toBytes()));
        return PAGE;
    }

    private DocumentRow row(StoredFile file) {
        return new DocumentRow(file.id(), file.originalName(), storage.formats(Set.of(file.mediaType())),
                file.mediaType(), FileSizes.humanReadable(file.size()), SHOWN.format(file.createdAt()),
                file.createdAt().toString());
    }
}
