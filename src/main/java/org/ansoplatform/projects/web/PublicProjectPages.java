package org.ansoplatform.projects.web;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.projects.ProjectLinkSource;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ProjectTheme;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.projects.publishing.ProjectAddresses;
import org.ansoplatform.projects.publishing.ProjectJsonLd;
import org.ansoplatform.projects.publishing.WorldMap;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public project directory with its filters and a page per project: titles and summaries in the reader's
 * language, partners with ROR ids, the team with ORCID iDs (never emails), public outputs linked to the records
 * they name, public reports, the map of the countries involved and schema.org JSON-LD.
 */
@Controller
public class PublicProjectPages {

    static final String LIST = "projects/public-list";
    static final int PAGE_SIZE = 20;

    public record Option(String code, String name) {
    }

    /** The directory's state: the filters as chosen, their choices and one page of projects. */
    public record Listing(PublicProjectFilter filter, PageResult<PublicProject.Card> result, List<ProjectStatus> statuses,
            List<Option> countries, List<Integer> sdgs, List<ProjectTheme> themes, List<Integer> years) {
    }

    private final PublicProjectQueries queries;
    private final CallQueries calls;
    private final Records records;
    private final WorldMap map;
    private final ProjectJsonLd jsonLd;
    private final ProjectAddresses addresses;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final List<ProjectLinkSource> linkSources;

    PublicProjectPages(PublicProjectQueries queries, CallQueries calls, Records records, WorldMap map,
            ProjectJsonLd jsonLd, ProjectAddresses addresses, CurrentActor currentActor, MessageSource messages,
            List<ProjectLinkSource> linkSources) {
        this.linkSources = linkSources;
        this.queries = queries;
        this.calls = calls;
        this.records = records;
        this.map = map;
        this.jsonLd = jsonLd;
        this.addresses = addresses;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** A filter that cannot be read is left out ({@code ignored}): the directory stays reachable from any old link. */
    @GetMapping("/projects")
    String directory(@ModelAttribute("filter") PublicProjectFilter filter, BindingResult ignored, Htmx htmx,
            Locale locale, Model model) {
        PageResult<PublicProject.Card> result = queries.search(filter.toQuery(), currentActor.reader(),
                PageRequest.of(filter.page(), PAGE_SIZE));
        List<Option> countries = queries.countries().stream()
                .map(code -> new Option(code, CountryCode.name(code, locale)))
                .sorted(Comparator.comparing(Option::name)).toList();
        model.addAttribute("listing", new Listing(filter, result, List.of(ProjectStatus.values()), countries,
                IntStream.rangeClosed(1, 17).boxed().toList(), List.of(ProjectTheme.values()), queries.years()));
        return htmx.view(LIST, "results");
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable UUID id, Locale locale, Model model) {
        Reader reader = currentActor.reader();
        PublicProject project = readable(id, reader);
        boolean everything = PublicProjectQueries.seesEverything(reader);
        List<PublicProject.Output> outputs = queries.outputs(id, false);
        List<RecordRef> refs = outputs.stream().map(PublicProject.Output::recordRef)
                .filter(ref -> ref != null && RecordRef.isValid(ref)).map(RecordRef::parse).distinct().toList();
        Map<String, RecordView> linked = records.describe(refs, reader, locale).stream()
                .collect(Collectors.toMap(view -> view.ref().toString(), Function.identity(), (a, b) -> a));
        List<String> reached = reached(project, outputs);
        WorldMap.Drawing drawing = drawing(project, reached, locale);
        model.addAttribute("project", project);
        model.addAttribute("everything", everything);
        model.addAttribute("outputs", outputs);
        model.addAttribute("linked", linked);
        model.addAttribute("reports", queries.reports(id, false));
        model.addAttribute("linkSections", linkSources.stream()
                .map(source -> new ProjectLinkSource.Section(source.heading(), source.linksTo(id, locale)))
                .filter(section -> !section.links().isEmpty()).toList());
        model.addAttribute("call", call(project));
        model.addAttribute("partnerCountries", names(project.countries(), locale));
        model.addAttribute("reachedCountries", names(reached, locale));
        model.addAttribute("undrawn", names(drawing.undrawn(), locale));
        model.addAttribute("map", drawing.svg());
        model.addAttribute("jsonLd", jsonLd.of(project, addresses.pageUrl(id), reached, locale));
        return "projects/public-project";
    }

    /** The same map on its own, for linking and embedding elsewhere. */
    @GetMapping("/projects/{id}/map.svg")
    ResponseEntity<String> map(@PathVariable UUID id, Locale locale) {
        PublicProject project = readable(id, currentActor.reader());
        String svg = drawing(project, reached(project, queries.outputs(id, false)), locale).svg();
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(project.published() ? CacheControl.noCache() : CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg);
    }

    private PublicProject readable(UUID id, Reader reader) {
        return queries.readable(id, reader).orElseThrow(() -> new NotFoundException("project"));
    }

    private WorldMap.Drawing drawing(PublicProject project, List<String> reached, Locale locale) {
        String title = messages.getMessage("projects.public.map.title", new Object[] { project.acronym() }, locale);
        String description = messages.getMessage("projects.public.map.description",
                new Object[] { String.join(", ", names(project.countries(), locale)),
                        reached.isEmpty() ? "–" : String.join(", ", names(reached, locale)) }, locale);
        return map.draw(project.countries(), reached, title, description, locale);
    }

    /** The countries the public outputs reached (their own and their trainees') that are not partners' countries. */
    static List<String> reached(PublicProject project, List<PublicProject.Output> outputs) {
        Set<String> countries = new LinkedHashSet<>();
        for (PublicProject.Output output : outputs) {
            countries.addAll(output.countries());
            output.trainees().forEach(trainees -> countries.add(trainees.country()));
        }
        project.countries().forEach(countries::remove);
        return countries.stream().sorted().toList();
    }

    private static List<String> names(List<String> codes, Locale locale) {
        return codes.stream().map(code -> CountryCode.name(code, locale)).sorted().toList();
    }

    /** The call that funded the project, when it is public; null for a project entered directly. */
    private CallView call(PublicProject project) {
        if (project.callId() == null) {
            return null;
        }
        try {
            CallView call = calls.any(project.callId());
            return call.published() ? call : null;
        } catch (NotFoundException gone) {
            return null;
        }
    }
}
