package org.ansoplatform.calls.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationQueries.Row;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Calls and applications as JSON. Reading calls is public; an application is its owner's and the
 * Secretariat's; lists of applications are the Secretariat's. Refusals are RFC 9457 problems.
 */
@RestController
@Tag(name = "Calls", description = "Programmes' calls and the applications to them")
public class CallsApi {

    /** A call as the API shows it: its definition and whether it accepts applications now. */
    public record CallSummary(UUID id, String programme, CallDefinition definition, Instant opensAt, Instant closesAt,
            boolean accepting) {
    }

    @Schema(name = "CallPage", description = "A page of open calls")
    public record Page(List<Row> items, int page, int size, long total, int totalPages) {
    }

    private final CallQueries calls;
    private final ApplicationIntake applications;
    private final ApplicationQueries queries;
    private final Clock clock;

    CallsApi(CallQueries calls, ApplicationIntake applications, ApplicationQueries queries, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/calls")
    @Operation(operationId = "listOpenCalls", summary = "Calls open now or opening later")
    List<CallSummary> open(Locale locale) {
        return calls.openAndUpcoming().stream().map(call -> summary(call, locale)).toList();
    }

    @GetMapping("/api/v1/calls/{id}")
    @Operation(operationId = "getCall", summary = "One published call with its tracks, hosts, form and eligibility rules")
    CallSummary call(@PathVariable UUID id, Locale locale) {
        return summary(calls.get(id), locale);
    }

    @PostMapping("/api/v1/calls/{id}/applications")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "startApplication", summary = "Start a draft application to an open call (or return yours)")
    ResponseEntity<ApplicationView> start(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me) {
        UUID applicationId = applications.start(id, me);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + applicationId)).body(applications.view(applicationId, me));
    }

    @PatchMapping("/api/v1/applications/{id}")
    @Operation(operationId = "saveApplicationAnswers", summary = "Save answers to a draft; a null answer clears it. All malformed answers are reported together")
    ApplicationView save(@PathVariable UUID id, @RequestBody Map<String, Object> answers, @AuthenticationPrincipal SignedInPerson me) {
        return applications.saveDraft(id, answers, me);
    }

    // no consumes: a request that is no multipart form gets a 400 with its reason, not a bare 415
    @PostMapping(path = "/api/v1/applications/{id}/documents")
    @Operation(operationId = "uploadApplicationDocument", summary = "Upload the document a file question asks for (the question's key is the type)")
    ApplicationView upload(@PathVariable UUID id, @RequestParam String type, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInPerson me) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return applications.upload(id, type, file.getOriginalFilename(), content, me);
        }
    }

    @PostMapping("/api/v1/applications/{id}/submission")
    @Operation(operationId = "submitApplication", summary = "Submit the application once; repeating the request returns the same submission")
    ApplicationView submit(@PathVariable UUID id,
            @Parameter(description = "Any unique string; a retry with the same key is answered like the first request")
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @AuthenticationPrincipal SignedInPerson me) {
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw new InvalidInputException("Idempotency-Key", "calls.api.badIdempotencyKey");
        }
        return applications.submit(id, key, me);
    }

    @GetMapping("/api/v1/applications/{id}")
    @Operation(operationId = "getApplication", summary = "An application, to its owner or the Secretariat")
    ApplicationView application(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me) {
        return applications.view(id, me);
    }

    @GetMapping("/api/v1/calls/{id}/applications")
    @Operation(operationId = "listCallApplications", summary = "The Secretariat's list of a call's applications, filtered and paged (pages count from 0)")
    Page applications(@PathVariable UUID id, @RequestParam(required = false) String track,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean eligible, @RequestParam(required = false) Boolean nominated,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CallView call = calls.any(id);
        Filter filter = filter(call, track, country, status, eligible, nominated);
        PageResult<Row> result = queries.search(call.id(), filter, PageRequest.of(page, size));
        return new Page(result.items(), result.page(), result.size(), result.total(), result.totalPages());
    }

    static Filter filter(CallView call, String track, String country, String status, Boolean eligible, Boolean nominated) {
        return filter(call, track, country, status, eligible, nominated, null);
    }

    /** The filter with a search text {@code q} (a part of a reference or a name), refused over 200 characters. */
    static Filter filter(CallView call, String track, String country, String status, Boolean eligible, Boolean nominated, String q) {
        List<InvalidInputException.Violation> problems = new java.util.ArrayList<>();
        String search = blank(q) ? null : q.strip();
        if (search != null && search.length() > 200) {
            problems.add(new InvalidInputException.Violation("q", "calls.list.searchTooLong"));
        }
        String trackCode = blank(track) ? null : track.strip();
        if (trackCode != null && call.track(trackCode).isEmpty()) {
            problems.add(new InvalidInputException.Violation("track", "calls.form.notATrack"));
        }
        String countryCode = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        if (countryCode != null && !CountryCode.isValid(countryCode)) {
            problems.add(new InvalidInputException.Violation("country", "calls.form.notACountry"));
        }
        ApplicationStatus applicationStatus = null;
        if (!blank(status)) {
            try {
                applicationStatus = ApplicationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.Violation("status", "calls.list.badStatus"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Filter(trackCode, countryCode, applicationStatus, eligible, nominated, search);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private CallSummary summary(CallView call, Locale locale) {
        return new CallSummary(call.id(), call.programmeName().in(locale), call.definition(), call.definition().opensAt(),
                call.definition().closesAt(), call.accepting(clock.instant()));
    }
}
