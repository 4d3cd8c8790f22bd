package org.ansoplatform.datasets.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.datasets.deposit.AccessRequests;
import org.ansoplatform.datasets.deposit.DatasetAddresses;
import org.ansoplatform.datasets.deposit.DatasetManagement;
import org.ansoplatform.datasets.deposit.FileListing;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.DatasetMetadata;
import org.ansoplatform.datasets.deposit.DatasetPublishing;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.FileAccess;
import org.ansoplatform.datasets.deposit.FolderNames;
import org.ansoplatform.datasets.deposit.SpdxLicences;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.ResumableUploads;
import org.ansoplatform.identifiers.ContributorType;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.identifiers.RelatedIdentifierType;
import org.ansoplatform.identifiers.RelationType;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.PageRequest;
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
 * The depositor's pages: their datasets, the deposit form (new and resumed drafts, rows added and removed by plain
 * POSTs that re-show the form), files with their access, submission, a new version, answers to access requests.
 */
@Controller
class DepositPages {

    private final DatasetManagement management;
    private final DatasetQueries queries;
    private final AccessRequests requests;
    private final SpdxLicences licences;
    private final PublicProjectQueries projects;
    private final FileStorage storage;
    private final CurrentActor currentActor;
    private final org.ansoplatform.organizations.OrganizationQueries organizations;
    private final FileListing listing;
    private final FileRows rows;

    /** A country of the form's list, named in the reader's language. */
    public record CountryChoice(String code, String name) {
    }

    DepositPages(DatasetManagement management, DatasetQueries queries, AccessRequests requests, SpdxLicences licences,
            PublicProjectQueries projects, FileStorage storage, CurrentActor currentActor,
            org.ansoplatform.organizations.OrganizationQueries organizations, FileListing listing, FileRows rows) {
        this.organizations = organizations;
        this.listing = listing;
        this.rows = rows;
        this.management = management;
        this.queries = queries;
        this.requests = requests;
        this.licences = licences;
        this.projects = projects;
        this.storage = storage;
        this.currentActor = currentActor;
    }

    @GetMapping(DatasetAddresses.MINE)
    String mine(Model model) {
        model.addAttribute("versions", queries.depositedBy(currentActor.personId()));
        return "datasets/deposit-list";
    }

    @GetMapping(DatasetAddresses.MINE + "/new")
    String blank(Model model, Locale locale) {
        model.addAttribute("form", DepositForm.blank(locale.getLanguage()));
        return form(null, model);
    }

    @PostMapping(DatasetAddresses.MINE + "/new")
    String create(@Valid @ModelAttribute("form") DepositForm form, BindingResult result, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form.editsRows()) {
            model.addAttribute("form", form.withRows(locale.getLanguage()));
            return form(null, model);
        }
        return FormErrors.submit(form, result, model, response, () -> {
            UUID id = management.create(form.metadata());
            redirect.addFlashAttribute("flashSuccess", "datasets.saved");
            return "redirect:" + DatasetAddresses.mine(id);
        }, () -> form(null, model));
    }

    @GetMapping(DatasetAddresses.MINE + "/{id}")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        VersionView version = own(id);
        model.addAttribute("form", DepositForm.of(version.metadata(), locale.getLanguage()));
        return form(version, model);
    }

    @PostMapping(DatasetAddresses.MINE + "/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") DepositForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        VersionView version = own(id);
        if (form.editsRows()) {
            model.addAttribute("form", form.withRows(locale.getLanguage()));
            return form(version, model);
        }
        return FormErrors.submit(form, result, model, response, () -> {
            management.update(id, form.metadata());
            redirect.addFlashAttribute("flashSuccess", "datasets.saved");
            return "redirect:" + DatasetAddresses.mine(id);
        }, () -> form(version, model));
    }

    @PostMapping(DatasetAddresses.MINE + "/{id}/files")
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "access", defaultValue = "OPEN") FileAccess access,
            @RequestParam(name = "embargoUntil", required = false) LocalDate embargoUntil, RedirectAttributes redirect) {
        own(id);
        Flash.outcome(redirect, () -> {
            try (InputStream content = file.getInputStream()) {
                management.addFile(id, file.getOriginalFilename(), content, access, embargoUntil);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "datasets.fileAdded");
        return "redirect:" + DatasetAddresses.mine(id);
    }

    /**
     * A file that came through the resumable upload (the page's script, tus): the upload's address, the folder, the
     * access, and the SHA-256 the browser computed while uploading, compared with the server's before storing.
     */
    @PostMapping(DatasetAddresses.MINE + "/{id}/files/uploaded")
    String uploaded(@PathVariable UUID id, @RequestParam(name = "upload", defaultValue = "") String upload,
            @RequestParam(name = "folder", required = false) String folder,
            @RequestParam(name = "access", defaultValue = "OPEN") FileAccess access,
            @RequestParam(name = "embargoUntil", required = false) LocalDate embargoUntil,
            @RequestParam(name = "sha256", required = false) String sha256, RedirectAttributes redirect) {
        own(id);
        Flash.outcome(redirect, () -> management.addUploaded(id, upload, FolderNames.fromForm(folder), access, embargoUntil,
                new ResumableUploads.Declared(sha256, null)), "datasets.fileAdded");
        return "redirect:" + DatasetAddresses.mine(id);
    }

    @PostMapping(DatasetAddresses.MINE + "/{id}/files/{fileId}/remove")
    String removeFile(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect) {
        own(id);
        Flash.outcome(redirect, () -> management.removeFile(id, fileId), "datasets.fileRemoved");
        return "redirect:" + DatasetAddresses.mine(id);
    }

    @PostMapping(DatasetAddresses.MINE + "/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        own(id);
        Flash.outcome(redirect, () -> management.submit(id), "datasets.submittedFlash");
        return "redirect:" + DatasetAddresses.mine(id);
    }

    @PostMapping(DatasetAddresses.MINE + "/{id}/versions")
    String newVersion(@PathVariable UUID id, RedirectAttributes redirect) {
        own(id);
        Flash.outcome(redirect, () -> management.newVersion(id), "datasets.versionStarted");
        return "redirect:" + DatasetAddresses.mine(id);
    }

    @PostMapping(DatasetAddresses.MINE + "/{id}/requests/{requestId}")
    String answer(@PathVariable UUID id, @PathVariable UUID requestId, @RequestParam(defaultValue = "false") boolean grant,
            @RequestParam(required = false) String message, RedirectAttributes redirect) {
        own(id);
        Flash.outcome(redirect, () -> requests.answer(id, requestId, grant, message), "datasets.requestAnswered");
        return "redirect:" + DatasetAddresses.mine(id);
    }

    private String form(VersionView version, Model model) {
        model.addAttribute("version", version);
        if (version != null) {
            // the first files of every folder and the total, never the whole list: a draft may hold tens of thousands
            List<FileView> first = listing.below(version.id(), "", null, FileListing.PAGE_SIZE);
            model.addAttribute("files", first);
            model.addAttribute("fileTotal", listing.total(version.id(), ""));
            model.addAttribute("previews", first.stream().map(f -> rows.row(version, f, true))
                    .filter(row -> row.preview() != null)
                    .collect(java.util.stream.Collectors.toMap(row -> row.file().id(), LandingModel.LandingFile::preview)));
            model.addAttribute("steps", queries.steps(version.id()));
            model.addAttribute("versions", queries.versions(version.datasetId()));
            model.addAttribute("requests", queries.accessRequests(version.datasetId()));
            model.addAttribute("fileAccept", storage.acceptAttribute(DatasetManagement.FILE_TYPES));
            model.addAttribute("outputProposal", outputProposal(version));
        }
        model.addAttribute("licences", licences.all());
        model.addAttribute("projects", projects.search(PublicProjectQueries.Filter.none(), currentActor.reader(),
                new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("dateTypes", List.of(DateType.values()));
        model.addAttribute("identifierTypes", List.of(RelatedIdentifierType.values()));
        model.addAttribute("relationTypes", List.of(RelationType.values()));
        model.addAttribute("contributorTypes", List.of(ContributorType.values()));
        model.addAttribute("accesses", List.of(FileAccess.values()));
        model.addAttribute("agentKinds", List.of(DatasetMetadata.AgentKind.values()));
        model.addAttribute("sdgChoices", IntStream.rangeClosed(1, 17).boxed().toList());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("directory", organizations.all().stream()
                .sorted(java.util.Comparator.comparing(org.ansoplatform.organizations.OrganizationView::name)).toList());
        model.addAttribute("countryChoices", org.ansoplatform.shared.CountryCode.all().stream()
                .map(c -> new CountryChoice(c, new org.ansoplatform.shared.CountryCode(c).displayName(locale)))
                .sorted(java.util.Comparator.comparing(CountryChoice::name)).toList());
        return "datasets/deposit-form";
    }

    /**
     * When a published dataset names a project whose team the depositor is on, the page proposes it as the project's
     * output: the reference to give in the next progress report and the link to the investigator's projects.
     */
    private String outputProposal(VersionView version) {
        UUID project = version.metadata().projectId();
        boolean published = queries.latestPublished(version.datasetId()).isPresent();
        if (project == null || !published || !projects.teamAccounts(project).contains(version.depositorId())) {
            return null;
        }
        return DatasetPublishing.conceptRef(version.datasetId()).toString();
    }

    private VersionView own(UUID datasetId) {
        VersionView latest = queries.latest(datasetId).orElseThrow(() -> new NotFoundException("dataset"));
        if (!latest.depositorId().equals(currentActor.personId())) {
            throw new NotFoundException("dataset");
        }
        return latest;
    }
}
