package org.ansoplatform.meetings.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingStatistics;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.meetings.Registrations;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
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

    public record Page(List<MeetingView> items, int page, int size, long total, int totalPages) {

        static Page of(PageResult<MeetingView> result) {
            return new Page(result.items(), result.page(), result.size(), result.total(), result.totalPages());
        }
    }

    /** What a participant sends to register; {@code answers} follow the meeting's questions in order. */
    public record RegistrationRequest(String name, String email, String country, String organization, String role,
            String gender, List<String> answers, String language) {
    }

    /** The outcome: confirmed, waiting (with the position, 1 is next) or pending approval. */
    public record RegistrationResult(UUID id, UUID meetingId, RegistrationStatus status, long position) {
    }

    private final MeetingQueries queries;
    private final MeetingListing listing;
    private final Registrations registrations;
    private final MeetingStatistics statistics;
    private final CurrentActor currentActor;

    MeetingApi(MeetingQueries queries, MeetingListing listing, Registrations registrations, MeetingStatistics statistics,
            CurrentActor currentActor) {
        this.queries = queries;
        this.listing = listing;
        this.registrations = registrations;
        this.statistics = statistics;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "Published meetings by year, kind, organizer (name or organization id), country and SDG theme, by date")
    Page search(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String organizer, @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        List<InvalidInputException.Violation> violations = new java.util.ArrayList<>();
        if (year != null && !year.isBlank() && MeetingListing.number(year) == null) {
            violations.add(new InvalidInputException.Violation("year", "meetings.error.year"));
        }
        if (kind != null && !kind.isBlank() && MeetingListing.parseEnum(MeetingKind.class, kind) == null) {
            violations.add(new InvalidInputException.Violation("kind", "meetings.error.kind"));
        }
        if (country != null && !country.isBlank()
                && !org.ansoplatform.shared.CountryCode.isValid(country.strip().toUpperCase(Locale.ROOT))) {
            violations.add(new InvalidInputException.Violation("country", "validation.country"));
        }
        Integer sdg = MeetingListing.number(theme);
        if (theme != null && !theme.isBlank() && (sdg == null || sdg < 1 || sdg > 17)) {
            violations.add(new InvalidInputException.Violation("theme", "meetings.error.theme"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return Page.of(queries.search(listing.filter(year, kind, organizer, country, theme, false), PageRequest.of(page, size)));
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "One published meeting (without its online link, which confirmed participants receive)")
    MeetingView one(@PathVariable String id) {
        return queries.published(MeetingPages.uuid(id)).orElseThrow(() -> new NotFoundException("meeting"));
    }

    @PostMapping("/api/v1/meetings/{id}/registrations")
    @Operation(summary = "Register for a meeting: confirmed while places are free, then on the waiting list; the link to manage the registration is emailed")
    ResponseEntity<RegistrationResult> register(@PathVariable String id, @RequestBody RegistrationRequest request,
            Locale locale) {
        MeetingView meeting = one(id);
        ParticipantRole role = MeetingListing.parseEnum(ParticipantRole.class, request.role());
        if (request.role() != null && !request.role().isBlank() && role == null) {
            throw new InvalidInputException("role", "meetings.error.role");
        }
        Gender gender = MeetingListing.parseEnum(Gender.class, request.gender());
        if (request.gender() != null && !request.gender().isBlank() && gender == null) {
            throw new InvalidInputException("gender", "meetings.error.gender");
        }
        String language = request.language() == null || request.language().isBlank() ? locale.getLanguage() : request.language();
        Registrations.Registered registered = registrations.register(meeting.id(), new RegistrationCommand(request.name(),
                request.email(), request.country(), request.organization(), role, gender, request.answers(),
                "zh".equals(language) ? "zh" : "en"), currentActor.personId());
        return ResponseEntity.created(URI.create("/api/v1/registrations/" + registered.id()))
                .body(new RegistrationResult(registered.id(), meeting.id(), registered.status(), registered.position()));
    }

    @DeleteMapping("/api/v1/registrations/{id}")
    @Operation(summary = "Cancel one's own registration (signed in); a freed place goes to the first on the waiting list")
    RegistrationResult cancel(@PathVariable String id) {
        var registration = registrations.cancelOwn(MeetingPages.uuid(id), currentActor.personId());
        return new RegistrationResult(registration.id(), registration.meetingId(), registration.status(), 0);
    }

    @GetMapping("/api/v1/secretariat/meetings/{id}/statistics")
    @Operation(summary = "Participants and trainees per country for one meeting (secretariat)")
    MeetingStatistics.Statistics meetingStatistics(@PathVariable String id) {
        UUID meeting = queries.byId(MeetingPages.uuid(id)).orElseThrow(() -> new NotFoundException("meeting")).id();
        return statistics.forMeeting(meeting);
    }

    @GetMapping("/api/v1/secretariat/meetings/statistics")
    @Operation(summary = "Participants and trainees per country across the meetings starting in a year (secretariat)")
    MeetingStatistics.Statistics yearStatistics(@RequestParam int year) {
        return statistics.forYear(year);
    }
}
