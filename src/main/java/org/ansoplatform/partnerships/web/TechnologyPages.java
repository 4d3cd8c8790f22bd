package org.ansoplatform.partnerships.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.partnerships.CooperationModel;
import org.ansoplatform.partnerships.TechnologyAccess;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.partnerships.technology.TechnologyMatching;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public Technology Transfer Platform: published offers and requests with filters by kind, sector, TRL, country
 * and SDG and a text search; a page per offer or request. The same page shows a draft to its organization and the
 * Secretariat, with its steps, its matches and their actions; anyone else gets 404 for what is not published.
 */
@Controller
class TechnologyPages {

    static final int PAGE_SIZE = 20, MATCHES = 10;

    public record Option(String code, String name) {
    }

    /** A listed item and what the reader may learn of its organization. */
    public record Card(TechnologyView item, String organization, String organizationType, String country) {

        public String path() {
            return TechnologyWeb.item(item.kind(), item.id());
        }
    }

    /**
     * A refused form of the item's page ({@code interest}, {@code sendBack}, {@code archive}), shown again with its
     * message next to its field and answered 422, as every refused form is.
     */
    public record Refusal(String form, String field, String key, Object[] args) {

        static Refusal of(String form, org.ansoplatform.platform.InvalidInputException refusal) {
            org.ansoplatform.platform.InvalidInputException.Violation first = refusal.violations().get(0);
            return new Refusal(form, first.field(), first.messageKey(), first.args());
        }
    }

    /** The item's page again with a refused form's message, answered 422. */
    String refused(TechnologyView item, Refusal refusal, Locale locale, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("refusal", refusal);
        org.ansoplatform.platform.FormErrors.refused(response);
        return item(item.kind(), item.id(), locale, model);
    }

    /** A match as the page shows it: the candidate, its score and reasons in the reader's language. */
    public record Suggestion(Card card, int score, List<String> reasons) {
    }

    private final TechnologyQueries queries;
    private final TechnologyAccess access;
    private final TechnologyMatching matching;
    private final TechnologyTexts texts;
    private final OrganizationQueries organizations;
    private final ProjectQueries projects;
    private final CurrentActor currentActor;
    private final org.ansoplatform.files.FileStorage files;
    private final org.ansoplatform.platform.Records records;

    TechnologyPages(TechnologyQueries queries, TechnologyAccess access, TechnologyMatching matching, TechnologyTexts texts,
            OrganizationQueries organizations, ProjectQueries projects, CurrentActor currentActor,
            org.ansoplatform.files.FileStorage files, org.ansoplatform.platform.Records records) {
        this.records = records;
        this.files = files;
        this.queries = queries;
        this.access = access;
        this.matching = matching;
        this.texts = texts;
        this.organizations = organizations;
        this.projects = projects;
        this.currentActor = currentActor;
    }

    @GetMapping(TechnologyWeb.PUBLIC)
    String list(@ModelAttribute("filter") TechnologyFilter filter, BindingResult ignored, Htmx htmx, Locale locale, Model model) {
        Reader reader = currentActor.reader();
        PageResult<TechnologyView> result = queries.published(filter.toQuery(), PageRequest.of(filter.pageNumber(), PAGE_SIZE));
        model.addAttribute("result", result.map(t -> card(t, reader, locale)));
        model.addAttribute("kinds", TechnologyKind.values());
        model.addAttribute("sectors", TechnologySector.values());
        model.addAttribute("levels", IntStream.rangeClosed(1, 9).boxed().toList());
        model.addAttribute("sdgs", IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute("countries", CountryCode.all().stream().map(c -> new Option(c, new CountryCode(c).displayName(locale)))
                .sorted(Comparator.comparing(Option::name)).toList());
        return htmx.view("partnerships/technology/list", "results");
    }

    @GetMapping(TechnologyWeb.PUBLIC + "/offers/{id}")
    String offer(@PathVariable UUID id, Locale locale, Model model) {
        return item(TechnologyKind.OFFER, id, locale, model);
    }

    @GetMapping(TechnologyWeb.PUBLIC + "/requests/{id}")
    String request(@PathVariable UUID id, Locale locale, Model model) {
        return item(TechnologyKind.REQUEST, id, locale, model);
    }

    String item(TechnologyKind kind, UUID id, Locale locale, Model model) {
        Reader reader = currentActor.reader();
        TechnologyView item = queries.byId(id).filter(t -> t.kind() == kind && access.mayRead(t, reader))
                .orElseThrow(() -> new NotFoundException("technology"));
        boolean owns = access.owns(item, reader);
        boolean secretariat = access.secretariat(reader);
        model.addAttribute("card", card(item, reader, locale));
        model.addAttribute("owns", owns);
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("project", item.projectId() == null ? null : projects.byId(item.projectId())
                .map(p -> new Option(p.id().toString(), p.acronym() + " · " + p.title(locale))).orElse(null));
        model.addAttribute("related", related(item, reader, locale));
        model.addAttribute("countryNames", item.countries().stream().map(c -> new CountryCode(c).displayName(locale)).toList());
        model.addAttribute("steps", owns || secretariat ? queries.steps(id) : List.of());
        model.addAttribute("suggestions", owns || secretariat ? suggestions(item, reader, locale) : List.of());
        List<OrganizationView> mine = access.organizations(reader).stream().filter(o -> !o.equals(item.organizationId()))
                .map(organizations::byId).flatMap(java.util.Optional::stream).toList();
        model.addAttribute("interestOrganizations", item.published() ? mine : List.of());
        model.addAttribute("signedIn", reader.signedIn());
        model.addAttribute("attachments", queries.attachments(id));
        model.addAttribute("filePath", TechnologyWeb.item(kind, id) + "/files/");
        model.addAttribute("models", CooperationModel.values());
        return "partnerships/technology/item";
    }

    @GetMapping({TechnologyWeb.PUBLIC + "/offers/{id}/files/{fileId}", TechnologyWeb.PUBLIC + "/requests/{id}/files/{fileId}"})
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        TechnologyView item = queries.byId(id).filter(t -> access.mayRead(t, currentActor.reader()))
                .orElseThrow(() -> new NotFoundException("technology"));
        TechnologyView.Attachment attachment = queries.attachments(item.id()).stream().filter(a -> a.fileId().equals(fileId))
                .findFirst().orElseThrow(() -> new NotFoundException("file"));
        org.ansoplatform.files.StoredFile stored = files.find(fileId).orElseThrow(() -> new NotFoundException("file"));
        org.springframework.http.ContentDisposition disposition = (attachment.image()
                ? org.springframework.http.ContentDisposition.inline() : org.springframework.http.ContentDisposition.attachment())
                .filename(attachment.name(), java.nio.charset.StandardCharsets.UTF_8).build();
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(org.springframework.http.MediaType.parseMediaType(stored.mediaType())).contentLength(stored.size())
                .body(new org.springframework.core.io.InputStreamResource(files.open(stored)));
    }

    /** The records it cites that the reader may see, titled and linked. */
    List<org.ansoplatform.shared.RecordView> related(TechnologyView item, Reader reader, Locale locale) {
        return records.describe(item.related(), reader, locale).stream().filter(org.ansoplatform.shared.RecordView::visible).toList();
    }

    List<Suggestion> suggestions(TechnologyView item, Reader reader, Locale locale) {
        return matching.suggestions(item, MATCHES).stream().map(s -> new Suggestion(card(s.candidate(), reader, locale),
                s.match().score(), texts.reasons(s.match(), locale))).toList();
    }

    Card card(TechnologyView t, Reader reader, Locale locale) {
        OrganizationView organization = organizations.byId(t.organizationId()).orElse(null);
        if (organization == null) {
            return new Card(t, null, null, null);
        }
        return new Card(t, access.showsOrganization(t, reader) ? organization.name() : null, organization.type().name(),
                organization.countryName(locale));
    }
}
