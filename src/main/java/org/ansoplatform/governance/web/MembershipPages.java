package org.ansoplatform.governance.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.governance.Membership;
import org.ansoplatform.governance.Sessions;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Any signed-in person applies on behalf of an organization and follows their applications. */
@Controller
public class MembershipPages {

    /** A document attached to an application, as pages list it. */
    public record Document(UUID id, String name) {
    }

    private final Membership membership;
    private final Sessions sessions;
    private final FileStorage files;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    MembershipPages(Membership membership, Sessions sessions, FileStorage files, CurrentActor currentActor,
            MessageSource messages) {
        this.membership = membership;
        this.sessions = sessions;
        this.files = files;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/membership")
    String mine(Model model) {
        model.addAttribute("applications", membership.ofApplicant(currentActor.personId()));
        return "governance/membership";
    }

    @GetMapping("/membership/apply")
    String applyForm(Model model) {
        model.addAttribute("form", Map.of());
        return form(model);
    }

    @PostMapping("/membership/apply")
    String apply(@RequestParam Map<String, String> form,
            @RequestParam(name = "documents", required = false) List<MultipartFile> documents, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            List<UUID> fileIds = store(documents);
            UUID id = membership.submit(new Membership.ApplicationCommand(form.get("legalName"), form.get("originalName"),
                    form.get("country"), type(form.get("type")), form.get("website"), form.get("contactName"),
                    form.get("contactEmail"), form.get("motivation"), fileIds));
            redirect.addFlashAttribute("flashSuccess", "governance.application.submitted");
            return "redirect:/membership/applications/" + id;
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            model.addAttribute("form", form);
            return form(model);
        }
    }

    @GetMapping("/membership/applications/{id}")
    String detail(@PathVariable UUID id, Model model) {
        membership.own(id, currentActor.personId());
        return detail(id, model, membership, sessions, files, "governance/application");
    }

    @PostMapping("/membership/applications/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(required = false) String note,
            @RequestParam(name = "documents", required = false) List<MultipartFile> documents, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        membership.own(id, currentActor.personId());
        try {
            membership.answer(id, note, store(documents));
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return detail(id, model, membership, sessions, files, "governance/application");
        }
        redirect.addFlashAttribute("flashSuccess", "governance.application.answered");
        return "redirect:/membership/applications/" + id;
    }

    static String detail(UUID id, Model model, Membership membership, Sessions sessions, FileStorage files, String view) {
        Membership.ApplicationView application = membership.byId(id);
        model.addAttribute("app", application);
        model.addAttribute("history", membership.history(id));
        model.addAttribute("decisions", sessions.decisionsAbout(id));
        model.addAttribute("documents", application.fileIds().stream()
                .map(f -> new Document(f, files.find(f).map(StoredFile::originalName).orElse("?"))).toList());
        return view;
    }

    private String form(Model model) {
        model.addAttribute("types", Arrays.asList(OrganizationType.values()));
        return "governance/apply";
    }

    private List<UUID> store(List<MultipartFile> documents) throws IOException {
        List<UUID> ids = new ArrayList<>();
        for (MultipartFile document : documents == null ? List.<MultipartFile>of() : documents) {
            if (document.isEmpty()) {
                continue;
            }
            try (InputStream content = document.getInputStream()) {
                ids.add(files.store(currentActor.personId(), document.getOriginalFilename(), content,
                        FileStorage.DOCUMENT_TYPES).id());
            }
        }
        return ids;
    }

    private static OrganizationType type(String text) {
        try {
            return text == null || text.isBlank() ? null : OrganizationType.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
