package org.ansoplatform.datasets.web;

import java.util.UUID;

import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.VersionDiff;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The readable difference between two published versions of a dataset: metadata field by field, files by checksum. */
@Controller
class VersionPages {

    private final DatasetQueries queries;

    VersionPages(DatasetQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/datasets/{id}/diff")
    String diff(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
        VersionView a = publicVersion(id, from);
        VersionView b = publicVersion(id, to);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("diff", VersionDiff.between(a, b, queries.fileChanges(a.id(), b.id())));
        return "datasets/version-diff";
    }

    private VersionView publicVersion(UUID id, int number) {
        return queries.version(id, number).filter(VersionView::public_).orElseThrow(() -> new NotFoundException("version"));
    }
}
