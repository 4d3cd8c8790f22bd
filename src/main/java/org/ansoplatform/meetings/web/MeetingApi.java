package org.ansoplatform.meetings.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.StatisticsQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.ProofOfWork;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue as JSON, registration for anyone (the secret link to manage it is emailed, never answered),
 * cancellation of one's own registration when signed in, and the Secretariat's statistics.
 */
@RestController
@Tag(name = "Meetings", description = "ANSO conferences, workshops, trainings and other meetings")
public class MeetingApi {

    @Schema(name = "MeetingPage", description = "A page of meetings")
    public record Page(List<MeetingView> items, int page, int size, long total, int totalPages) {

        static Page of(PageResult<MeetingView> result) {
            return new Page(result.items(), result.page(), result.size(), result.total(), result.totalPages());
        }
    }

    /** What a participant sends to register; {@code answers} follow the meeting's questions in order. */
    public record RegistrationRequest(String name, String email, String country, String organization,
            ParticipantRole role, Gender gender,
            @Schema(description = "One answer per question of the meeting, in order (\"\" for none): the text for SHORT_TEXT "
                    + "and LONG_TEXT, an option's key for CHOICE (\"o2\"), the chosen keys separated by commas for "
                    + "CHECKBOXES (\"o1,o3\")") List<String> answers,
            @Schema(description = "The language of the participant's emails, one of the site's (the request's language when not given)") String language,
            @Schema(description = "The participant's IANA time zone (Europe/Berlin), optional: emails give the meeting's "
                    + "hours in it as well as in the meeting's own") String timeZone,
            @Schema(description = "Anonymous callers only: the solved challenge of GET /api/v1/proof-of-work/challenge, "
                    + "JSON {algorithm, challenge, number, salt, signature} in base 64") String altcha) {
    }

    /** The outcome: confirmed, waiting (with the position, 1 is next) or pending approval. */
    public record RegistrationResult(UUID id, UUID meetingId, RegistrationStatus status, long position) {
    }

    private final MeetingQueries queries;
    private final RegistrationManagement registrations;
    private final StatisticsQueries statistics;
    private final CurrentActor currentActor;
    private final ProofOfWork proofOfWork;
    private final org.ansoplatform.platform.Languages languages;

    MeetingApi(MeetingQueries queries, RegistrationManagement registrations, StatisticsQueries statistics,
            CurrentActor currentActor, ProofOfWork proofOfWork, org.ansoplatform.platform.Languages languages) {
        this.languages = languages;
        this.proofOfWork = proofOfWork;
        this.queries = queries;
        this.registrations = registrations;
        this.statistics = statistics;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/meetings")
    @Operation(operationId = "listMeetings", summary = "Published meetings by year, kind, organizer (name or organization id), country and SDG theme, by date")
    Page search(@ModelAttribute MeetingFilter filter, BindingResult binding, @RequestParam(required = false) Integer size) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        for (FieldError error : binding.getFieldErrors()) {
            violations.add(new InvalidInputException.Violation(error.getField(), switch (error.getField()) {
                case "year" -> "meetings.error.year";
                case "kind" -> "meetings.error.kind";
                case "theme" -> "meetings.error.theme";
                case "organizer", "country" -> "validation.controlCharacters";
                default -> "validation.wholeNumber";
            }));
        }
        if (filter.country() != null && !filter.country().isBlank()
                && !CountryCode.isValid(filter.country().strip().toUpperCase(Locale.ROOT))) {
            violations.add(new InvalidInputException.Violation("country", "validation.country"));
        }
        if (!filter.validTheme()) {
            violations.add(new InvalidInputException.Violation("theme", "meetings.error.theme"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return Page.of(queries.search(filter.toQuery(false), PageRequest.of(filter.page(), size)));
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(operationId = "getMeeting", summary = "One published meeting (without its online link, which confirmed participants receive)",
            description = "Texts a meeting gives in several languages are language maps: \"title\": {\"en\": \"...\", "
                    + "\"zh\": \"...\"}, the same for \"description\" and for each question's \"label\" and options' "
                    + "\"label\". A question has a \"type\" (SHORT_TEXT, LONG_TEXT, CHOICE, CHECKBOXES), \"required\" and "
                    + "\"options\" [{\"key\", \"label\"}]; a registration answers a choice with an option's \"key\". "
                    + "\"cancelledAt\" is set when the meeting was called off.")
    MeetingView one(@PathVariable UUID id) {
        return queries.published(id).orElseThrow(() -> new NotFoundException("meeting"));
    }

    @PostMapping("/api/v1/meetings/{id}/registrations")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @ApiResponse(responseCode = "429", description = "Too many attempts for this address: try again after Retry-After seconds")
    @Operation(operationId = "registerForMeeting", summary = "Register for a meeting: confirmed while places are free, then on the waiting list; the link to manage the registration is emailed")
    ResponseEntity<RegistrationResult> register(@PathVariable UUID id, @RequestBody RegistrationRequest request,
            Locale locale) {
        MeetingView meeting = one(id);
        proofOfWork.check(request.altcha());
        String language = request.language() == null || request.language().isBlank() ? locale.getLanguage() : request.language();
        RegistrationManagement.Registered registered = registrations.register(meeting.id(), new RegistrationCommand(
                request.name(), request.email(), request.country(), request.organization(), request.role(),
                request.gender(), request.answers(), languages.closest(language), request.timeZone()),
                currentActor.personId());
        return ResponseEntity.created(URI.create("/api/v1/registrations/" + registered.id()))
                .body(new RegistrationResult(registered.id(), meeting.id(), registered.status(), registered.position()));
    }

    @DeleteMapping("/api/v1/registrations/{id}")
    @Operation(operationId = "cancelRegistration", summary = "Cancel one's own registration (signed in); a freed place goes to the first on the waiting list")
    RegistrationResult cancel(@PathVariable UUID id) {
        var registration = registrations.cancelOwn(id, currentActor.personId());
        return new RegistrationResult(registration.id(), registration.meetingId(), registration.status(), 0);
    }

    @GetMapping("/api/v1/secretariat/meetings/{id}/statistics")
    @Operation(operationId = "getMeetingStatistics", summary = "Participants and trainees per country for one meeting (secretariat)")
    StatisticsQueries.Statistics meetingStatistics(@PathVariable UUID id) {
        UUID meeting = queries.byId(id).orElseThrow(() -> new NotFoundException("meeting")).id();
        return statistics.forMeeting(meeting);
    }

    @GetMapping("/api/v1/secretariat/meetings/statistics")
    @Operation(operationId = "getMeetingYearStatistics", summary = "Participants and trainees per country across the meetings starting in a year (secretariat)")
    StatisticsQueries.Statistics yearStatistics(@RequestParam int year) {
        return statistics.forYear(year);
    }
}
