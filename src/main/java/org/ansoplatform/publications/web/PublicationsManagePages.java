package org.ansoplatform.publications.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.SeriesView;
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
 * The editors' desk: the series they edit with the weekly or monthly issues that did not appear and the drafts;
 * an issue's form, its files, publishing and withdrawing, and the log of who opened a restricted issue. The
 * Secretariat edits every series, a named editor theirs; anyone else gets 404.
 */
@Controller
class PublicationsManagePages {

    /** A series on the dashboard with its expected dates that have no issue. */
    public record Watched(SeriesView series, List<LocalDate> missed) {
    }

    /** An opening of a restricted issue as the log shows it. */
    public record Opened(String person, String file, String at) {
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private final PublicationQueries queries;
    private final PublicationManagement management;
    private final PublicationsReading reading;
    private final AccountQueries accounts;
    private final OrganizationQueries organizations;
    private final Clock clock;
    private final org.ansoplatform.publications.series.IssueDois dois;

    PublicationsManagePages(PublicationQueries queries, PublicationManagement management, PublicationsReading reading,
            AccountQueries accounts, OrganizationQueries organizations, Clock clock,
            org.ansoplatform.publications.series.IssueDois dois) {
        this.dois = dois;
        this.queries = queries;
        this.management = management;
        this.reading = reading;
        this.accounts = accounts;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping(PublicationsWeb.MANAGE)
    String dashboard(Model model) {
        List<SeriesView> edited = queries.editedBy(reading.reader());
        model.addAttribute("watched", edited.stream().map(s -> new Watched(s, s.watched() ? queries.missed(s) : List.of())).toList());
        model.addAttribute("drafts", edited.isEmpty() ? List.of() : queries.drafts(edited.stream().map(SeriesView::id).toList()));
        Map<UUID, SeriesView> byId = new LinkedHashMap<>();
        edited.forEach(s -> byId.put(s.id(), s));
        model.addAttribute("seriesById", byId);
        model.addAttribute("secretariat", reading.reader().hasRole(org.ansoplatform.publications.PublicationAccess.EDITOR_ROLE));
        return "publications/series/manage";
    }

    @GetMapping(PublicationsWeb.MANAGE + "/series/{id}")
    String series(@PathVariable UUID id, Model model) {
        SeriesView s = reading.editedSeries(id);
        model.addAttribute("s", s);
        model.addAttribute("issues", queries.allIssues(id));
        model.addAttribute("missed", s.watched() ? queries.missed(s) : List.of());
        return "publications/series/manage-series";
    }

    @GetMapping(PublicationsWeb.MANAGE + "/series/{id}/issues/new")
    String create(@PathVariable UUID id, Model model) {
        SeriesView s = reading.editedSeries(id);
        int next = queries.allIssues(id).stream().mapToInt(IssueView::number).max().orElse(0) + 1;
        model.addAttribute("form", IssueForm.blank(next, LocalDate.now(clock), s.titlePublic()));
        return form(s, null, model);
    }

    @PostMapping(PublicationsWeb.MANAGE + "/series/{id}/issues")
    String draft(@PathVariable UUID id, @Valid @ModelAttribute("form") IssueForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        SeriesView s = reading.editedSeries(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(s, null, model);
        }
        try {
            UUID issue = management.draftIssue(id, form.command(people(form)));
            return "redirect:" + PublicationsWeb.MANAGE + "/issues/" + issue;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(s, null, model);
        }
    }

    @GetMapping(PublicationsWeb.MANAGE + "/issues/{id}")
    String edit(@PathVariable UUID id, Model model) {
        PublicationQueries.Readable r = reading.edited(id);
        List<String> emails = r.issue().readerPeople().stream()
                .map(p -> accounts.person(p).map(AccountQueries.PersonView::email).orElse(p.toString())).toList();
        model.addAttribute("form", IssueForm.of(r.issue(), emails));
        return form(r.series(), r.issue(), model);
    }

    @PostMapping(PublicationsWeb.MANAGE + "/issues/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") IssueForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PublicationQueries.Readable r = reading.edited(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(r.series(), r.issue(), model);
        }
        try {
            management.updateIssue(id, form.command(people(form)));
            redirect.addFlashAttribute("flashSuccess", "publications.flash.saved");
            return "redirect:" + PublicationsWeb.MANAGE + "/issues/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(r.series(), r.issue(), model);
        }
    }

    @PostMapping(PublicationsWeb.MANAGE + "/issues/{id}/files")
    String attach(@PathVariable UUID id, @RequestParam(required = false) String language,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        reading.edited(id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("flashError", "publications.error.noFile");
            return "redirect:" + PublicationsWeb.MANAGE + "/issues/" + id;
        }
        Flash.outcome(redirect, () -> {
            try (InputStream in = file.getInputStream()) {
                management.attach(id, language, file.getOriginalFilename(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "publications.flash.fileAdded");
        return "redirect:" + PublicationsWeb.MANAGE + "/issues/" + id;
    }

    @PostMapping(PublicationsWeb.MANAGE + "/issues/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        reading.edited(id);
        Flash.outcome(redirect, () -> management.publish(id), "publications.flash.published");
        return "redirect:" + PublicationsPaths.issue(id);
    }

    @PostMapping(PublicationsWeb.MANAGE + "/issues/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        reading.edited(id);
        Flash.outcome(redirect, () -> management.withdraw(id, reason), "publications.flash.withdrawn");
        return "redirect:" + PublicationsWeb.MANAGE + "/issues/" + id;
    }

    private List<UUID> people(IssueForm form) {
        List<UUID> ids = new ArrayList<>();
        List<InvalidInputException.Violation> unknown = new ArrayList<>();
        for (String email : form.emails()) {
            accounts.idOf(email).ifPresentOrElse(ids::add,
                    () -> unknown.add(new InvalidInputException.Violation("readerEmails", "publications.error.unknownPerson", email)));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return ids;
    }

    private String form(SeriesView s, IssueView issue, Model model) {
        model.addAttribute("s", s);
        model.addAttribute("issue", issue);
        model.addAttribute("policies", AccessPolicy.values());
        model.addAttribute("sdgChoices", IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute("organizations", organizations.all());
        if (issue != null) {
            model.addAttribute("registration", dois.registration(issue).orElse(null));
            model.addAttribute("openings", issue.accessPolicy() == AccessPolicy.PUBLIC ? List.of()
                    : queries.openings(issue.id()).stream().map(o -> new Opened(o.personId() == null ? "?"
                            : accounts.person(o.personId()).map(AccountQueries.PersonView::displayName).orElse("?"),
                            o.fileId() == null ? null : issue.files().stream().filter(f -> f.fileId().equals(o.fileId()))
                                    .map(IssueView.IssueFile::name).findFirst().orElse("?"), WHEN.format(o.at()))).toList());
        }
        return "publications/series/issue-form";
    }
}
