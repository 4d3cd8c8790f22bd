package org.ansoplatform.datasets.web;

import java.util.UUID;

import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetAddresses;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.FileListing;
import org.ansoplatform.datasets.deposit.SpdxLicences;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The curators' queue (submitted and in review, oldest first) and a version's page with its steps. */
@Controller
class CurationPages {

    private final CurationManagement management;
    private final DatasetQueries queries;
    private final SpdxLicences licences;
    private final FileListing listing;

    CurationPages(CurationManagement management, DatasetQueries queries, SpdxLicences licences, FileListing listing) {
        this.listing = listing;
        this.management = management;
        this.queries = queries;
        this.licences = licences;
    }

    @GetMapping(DatasetAddresses.CURATION)
    String queue(Model model) {
        model.addAttribute("versions", queries.queue());
        return "datasets/curation-queue";
    }

    @GetMapping(DatasetAddresses.CURATION + "/{id}")
    String version(@PathVariable UUID id, Model model) {
        VersionView version = queries.version(id).orElseThrow(() -> new NotFoundException("version"));
        model.addAttribute("version", version);
        model.addAttribute("metadata", version.metadata());
        model.addAttribute("licence", licences.byId(version.metadata().licence()).orElse(null));
        // the first files and the total: the whole list is a link away, paged (a version may hold tens of thousands)
        model.addAttribute("files", listing.below(id, "", null, FileListing.PAGE_SIZE));
        model.addAttribute("fileTotal", listing.total(id, ""));
        model.addAttribute("steps", queries.steps(id));
        model.addAttribute("versions", queries.versions(version.datasetId()));
        return "datasets/curation-version";
    }

    @PostMapping(DatasetAddresses.CURATION + "/{id}/take")
    String take(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.take(id), "datasets.curation.taken");
        return "redirect:" + DatasetAddresses.curation(id);
    }

    @PostMapping(DatasetAddresses.CURATION + "/{id}/return")
    String giveBack(@PathVariable UUID id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.giveBack(id, comment), "datasets.curation.returned");
        return "redirect:" + DatasetAddresses.curation(id);
    }

    @PostMapping(DatasetAddresses.CURATION + "/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.publish(id), "datasets.curation.published");
        return "redirect:" + DatasetAddresses.curation(id);
    }

    @PostMapping(DatasetAddresses.CURATION + "/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.withdraw(id, reason), "datasets.curation.withdrawn");
        return "redirect:" + DatasetAddresses.curation(id);
    }
}
