package org.ansoplatform.datasets.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.showcase.ShowcaseQueries;
import org.ansoplatform.datasets.showcase.ShowcaseTheme;
import org.ansoplatform.datasets.showcase.ShowcaseView;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public showcases: the list with its theme filter, a theme's page, a showcase's page and its screenshots. */
@Controller
class ShowcasePages {

    private final ShowcaseQueries queries;
    private final FileStorage files;
    private final Records records;
    private final CurrentActor currentActor;

    ShowcasePages(ShowcaseQueries queries, FileStorage files, Records records, CurrentActor currentActor) {
        this.queries = queries;
        this.files = files;
        this.records = records;
        this.currentActor = currentActor;
    }

    @GetMapping(DatasetsPaths.SHOWCASES)
    String list(@RequestParam(required = false) String theme, Model model) {
        ShowcaseTheme chosen = ShowcaseTheme.ofSlug(theme).orElse(null);
        return list(chosen, model);
    }

    @GetMapping(DatasetsPaths.SHOWCASES + "/themes/{theme}")
    String theme(@PathVariable String theme, Model model) {
        return list(ShowcaseTheme.ofSlug(theme).orElseThrow(() -> new NotFoundException("theme")), model);
    }

    private String list(ShowcaseTheme theme, Model model) {
        model.addAttribute("showcases", queries.published(theme));
        model.addAttribute("themes", List.of(ShowcaseTheme.values()));
        model.addAttribute("theme", theme);
        return "datasets/showcase-list";
    }

    @GetMapping(DatasetsPaths.SHOWCASES + "/{id}")
    String showcase(@PathVariable UUID id, Model model, Locale locale) {
        ShowcaseView showcase = queries.published(id).orElseThrow(() -> new NotFoundException("showcase"));
        model.addAttribute("showcase", showcase);
        var reader = currentActor.reader();
        model.addAttribute("datasets", records.describe(showcase.datasets(), reader, locale).stream()
                .filter(view -> view.visible()).toList());
        model.addAttribute("project", showcase.project() == null ? null : records.describe(showcase.project(), reader, locale));
        return "datasets/showcase-page";
    }

    @GetMapping(DatasetsPaths.SHOWCASES + "/{id}/screenshots/{screenshotId}")
    ResponseEntity<Resource> screenshot(@PathVariable UUID id, @PathVariable UUID screenshotId) {
        ShowcaseView showcase = queries.published(id).orElseThrow(() -> new NotFoundException("showcase"));
        return image(files, showcase, screenshotId);
    }

    static ResponseEntity<Resource> image(FileStorage files, ShowcaseView showcase, UUID screenshotId) {
        StoredFile image = showcase.screenshots().stream().filter(s -> s.id().equals(screenshotId)).findFirst()
                .flatMap(s -> files.find(s.fileId())).orElseThrow(() -> new NotFoundException("screenshot"));
        return ResponseEntity.ok().header("X-Content-Type-Options", "nosniff").header("Cache-Control", "public, max-age=86400")
                .contentType(MediaType.parseMediaType(image.mediaType())).contentLength(image.size())
                .body(new InputStreamResource(files.open(image)));
    }
}
