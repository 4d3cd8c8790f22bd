package org.ansoplatform.datasets.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetFileRefused;
import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.UsageVisit;
import org.ansoplatform.datasets.deposit.AccessRequests;
import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetAddresses;
import org.ansoplatform.datasets.deposit.DatasetPublishing;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.datasets.discovery.LandingDiscovery;
import org.ansoplatform.files.FileResponses;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Reader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of a dataset: the landing page of its latest published version and of each version (a tombstone
 * once withdrawn), its signposting {@code Link} header, linkset and content negotiation (all from
 * {@link LandingDiscovery}: HTML whenever nothing else is acceptable, never 406), file downloads (a closed file is
 * 404 to anyone without a grant, and audited), usage recorded on each view and download, and access requests.
 */
@Controller
class LandingPages {

    static final MediaType LINKSET = MediaType.parseMediaType("application/linkset");
    static final MediaType LINKSET_JSON = MediaType.parseMediaType("application/linkset+json");

    private final DatasetQueries queries;
    private final DatasetPublishing publishing;
    private final LandingDiscovery discovery;
    private final DatasetUsage usage;
    private final LandingModel landing;
    private final AccessRequests requests;
    private final FileStorage storage;
    private final DatasetAddresses addresses;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UsageVisits visits;
    private final FileResponses responses;

    LandingPages(DatasetQueries queries, DatasetPublishing publishing, LandingDiscovery discovery, DatasetUsage usage,
            LandingModel landing, AccessRequests requests, FileStorage storage, DatasetAddresses addresses,
            CurrentActor currentActor, ApplicationEventPublisher events, Clock clock, UsageVisits visits,
            FileResponses responses) {
        this.visits = visits;
        this.responses = responses;
        this.queries = queries;
        this.publishing = publishing;
        this.discovery = discovery;
        this.usage = usage;
        this.landing = landing;
        this.requests = requests;
        this.storage = storage;
        this.addresses = addresses;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/datasets/{id}")
    ModelAndView dataset(@PathVariable UUID id, @RequestParam(required = false) String style, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        List<VersionView> versions = queries.versions(id);
        VersionView version = versions.stream().filter(VersionView::published).findFirst()
                .or(() -> versions.stream().filter(VersionView::withdrawn).findFirst())
                .orElseThrow(() -> new NotFoundException("dataset"));
        return page(version, versions, style, request, response, locale);
    }

    @GetMapping("/datasets/{id}/versions/{number}")
    ModelAndView version(@PathVariable UUID id, @PathVariable int number, @RequestParam(required = false) String style,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        VersionView version = publicVersion(id, number);
        return page(version, queries.versions(id), style, request, response, locale);
    }

    @GetMapping("/datasets/{id}/versions/{number}/linkset")
    ModelAndView linkset(@PathVariable UUID id, @PathVariable int number, HttpServletRequest request) {
        DatasetDescription description = publishing.describe(publicVersion(id, number));
        boolean json = accepted(request).stream().filter(type -> !type.isWildcardType())
                .findFirst().map(type -> type.isCompatibleWith(LINKSET_JSON)).orElse(false);
        return json ? body(LINKSET_JSON, discovery.linksetJson(description, addresses.base()))
                : body(LINKSET, discovery.linkset(description, addresses.base()));
    }

    @GetMapping("/datasets/{id}/versions/{number}/files/{fileId}")
    void download(@PathVariable UUID id, @PathVariable int number, @PathVariable UUID fileId, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        VersionView version = publicVersion(id, number);
        FileView file = queries.file(version.id(), fileId).orElseThrow(() -> new NotFoundException("file"));
        if (!mayDownload(version, file)) {
            events.publishEvent(new DatasetFileRefused(version.id(), fileId, currentActor.get()));
            throw new NotFoundException("file");
        }
        StoredFile stored = storage.find(file.storedFileId()).orElseThrow(() -> new NotFoundException("file"));
        // every request that gets the bytes counts, a range too (COUNTER counts requests, decision 250); the
        // store's presigned address may serve the bytes, as the reader was let in here first
        responses.send(stored, file.name(), request, response, FileResponses.Redirect.ALLOWED,
                () -> usage.request(version.datasetId(), version.id(), visit(request)));
    }

    /** A signed-in reader asks the depositor for the version's restricted files. */
    @PostMapping("/datasets/{id}/versions/{number}/access")
    String ask(@PathVariable UUID id, @PathVariable int number, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        VersionView version = publicVersion(id, number);
        Flash.outcome(redirect, () -> requests.ask(version.id(), reason), "datasets.request.sent");
        return "redirect:" + version.path();
    }

    private ModelAndView page(VersionView version, List<VersionView> versions, String style, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        DatasetDescription description = publishing.describe(version);
        String base = addresses.base();
        String link = discovery.linkHeader(description, base);
        if (link != null && !link.isBlank()) {
            response.addHeader(HttpHeaders.LINK, link);
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        List<MediaType> accepted = accepted(request);
        if (!wantsHtml(accepted)) {
            Optional<LandingDiscovery.Representation> representation = discovery.represent(description, base, accepted);
            if (representation.isPresent()) {
                usage.investigation(version.datasetId(), version.id(), visit(request));
                return body(representation.get().type(), representation.get().body());
            }
        }
        usage.investigation(version.datasetId(), version.id(), visit(request));
        ModelAndView page = new ModelAndView("datasets/landing");
        landing.fill(page.getModelMap(), version, versions, description, style, locale, mayDownloadAll(version));
        page.addObject("jsonLd", discovery.jsonLd(description, base));
        return page;
    }

    private VersionView publicVersion(UUID id, int number) {
        return queries.version(id, number).filter(VersionView::public_).orElseThrow(() -> new NotFoundException("version"));
    }

    private boolean mayDownloadAll(VersionView version) {
        Reader reader = currentActor.reader();
        return reader.signedIn() && (version.depositorId().equals(reader.personId()) || reader.hasRole(CurationManagement.CURATOR)
                || queries.granted(version.id(), reader.personId()));
    }

    private boolean mayDownload(VersionView version, FileView file) {
        if (version.withdrawn()) {
            return false;
        }
        return file.openOn(LocalDate.now(clock)) || mayDownloadAll(version);
    }

    private UsageVisit visit(HttpServletRequest request) {
        return visits.of(request);
    }

    private static List<MediaType> accepted(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return List.of(MediaType.ALL);
        }
        try {
            List<MediaType> types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
            types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            return types;
        } catch (RuntimeException malformed) {
            return List.of(MediaType.ALL);
        }
    }

    /** HTML unless the reader's first choice is something else than HTML or anything. */
    private static boolean wantsHtml(List<MediaType> accepted) {
        MediaType first = accepted.get(0);
        return first.isWildcardType() || first.isCompatibleWith(MediaType.TEXT_HTML)
                || first.isCompatibleWith(MediaType.APPLICATION_XHTML_XML);
    }

    private static ModelAndView body(MediaType type, String body) {
        View view = new View() {
            @Override
            public String getContentType() {
                return type.toString();
            }

            @Override
            public void render(java.util.Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.setContentType(type.toString());
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(body);
            }
        };
        return new ModelAndView(view);
    }
}
