package org.ansoplatform.projects.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects as JSON: published projects and their public outputs and reports for anyone; the Secretariat also
 * reads unpublished projects and every output and report; a project's own team reads its unpublished project
 * with its public parts. Bad filters are a 400 problem with a message per parameter.
 */
@RestController
@Tag(name = "Projects", description = "ANSO cooperation projects, their outputs and progress reports")
public class ProjectApi {

    /** One page of results; pages count from 0. */
    @Schema(name = "ProjectPage", description = "A page of public projects")
    public record Page(List<PublicProject.Card> items, int page, int size, long total, int totalPages) {

        static Page of(PageResult<PublicProject.Card> result) {
            return new Page(result.items(), result.page(), result.size(), result.total(), result.totalPages());
        }
    }

    private final PublicProjectQueries queries;
    private final CurrentActor currentActor;

    ProjectApi(PublicProjectQueries queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/projects")
    @Operation(operationId = "listProjects", summary = "Projects by status, country (a partner's, or one a public output reached), SDG (1-17), "
            + "theme and a year they run in, latest start first",
            description = "Published projects; the Secretariat also sees unpublished ones (\"published\": false). "
                    + "\"title\" is a language map ({\"en\": \"...\", \"zh\": \"...\"}); \"countries\" are ISO 3166-1 "
                    + "alpha-2 codes of the partners, the lead's first.")
    Page search(@ModelAttribute PublicProjectFilter filter, BindingResult binding,
            @RequestParam(required = false) Integer size) {
        List<InvalidInputException.Violation> violations = filter.violations(binding);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return Page.of(queries.search(filter.toQuery(), currentActor.reader(), PageRequest.of(filter.page(), size)));
    }

    @GetMapping("/api/v1/projects/{id}")
    @Operation(operationId = "getProject", summary = "One project: titles and summaries in every language, status, dates, programme and call, "
            + "SDGs, themes, partners with countries and ROR ids, team members with roles and ORCID iDs (no emails)")
    PublicProject one(@PathVariable UUID id) {
        return readable(id, currentActor.reader());
    }

    @GetMapping("/api/v1/projects/{id}/outputs")
    @Operation(operationId = "listProjectOutputs", summary = "A project's outputs: the public ones, every one for the Secretariat",
            description = "\"recordRef\" names the record where the output lives in another module "
                    + "(module:type:id, for example meetings:meeting:...); \"trainees\" are people trained by country and gender.")
    List<PublicProject.Output> outputs(@PathVariable UUID id) {
        Reader reader = currentActor.reader();
        readable(id, reader);
        return queries.outputs(id, PublicProjectQueries.seesEverything(reader));
    }

    @GetMapping("/api/v1/projects/{id}/reports")
    @Operation(operationId = "listProjectReports", summary = "A project's progress reports: the public ones (period, status, narrative), every one for the Secretariat")
    List<PublicProject.Report> reports(@PathVariable UUID id) {
        Reader reader = currentActor.reader();
        readable(id, reader);
        return queries.reports(id, PublicProjectQueries.seesEverything(reader));
    }

    private PublicProject readable(UUID id, Reader reader) {
        return queries.readable(id, reader).orElseThrow(() -> new NotFoundException("project"));
    }
}
