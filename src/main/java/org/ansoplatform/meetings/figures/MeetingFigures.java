package org.ansoplatform.meetings.figures;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Programme;
import org.ansoplatform.shared.Programmes;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Meetings held in a year by kind, their participants (confirmed registrations) and trainees (participants in the
 * trainee role) by country: each of the year, never cumulative (decision in architecture.md). Scopes
 * (docs/figures-scopes.md): {@code meeting=ID} one meeting, whatever year is asked (a meeting is its own year), and
 * {@code programme=CODE} the programme's meetings of the year.
 */
@Component
class MeetingFigures implements FigureSource {

    static final String MODULE = "meetings";
    static final String MEETING = "meeting";
    static final String REGISTRATION = "registration";
    static final String PROGRAMME = "programme";

    private final MeetingFigureQueries queries;
    private final MessageSource messages;
    private final Languages languages;
    private final Programmes programmes;
    private final Clock clock;

    MeetingFigures(MeetingFigureQueries queries, MessageSource messages, Languages languages, Programmes programmes, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.languages = languages;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        return figures(MeetingFigureQueries.Filter.ofYear(year));
    }

    @Override
    public Optional<List<Figure>> figures(int year, FigureScope scope) {
        return switch (scope.kind()) {
            case MEETING -> id(scope.value()).filter(queries::exists)
                    .map(id -> figures(new MeetingFigureQueries.Filter(null, id, null)));
            case PROGRAMME -> programmes.byCode(scope.value())
                    .map(programme -> figures(new MeetingFigureQueries.Filter(year, null, programme.code())));
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> scopeKinds() {
        return List.of(MEETING, PROGRAMME);
    }

    /** The meetings held in the year by first day, then the programmes they belong to. */
    @Override
    public List<FigureScope.Choice> scopes(int year) {
        List<FigureScope.Choice> choices = new ArrayList<>();
        queries.heldIn(year).forEach(meeting -> choices.add(
                new FigureScope.Choice(new FigureScope(MEETING, meeting.id().toString()), meeting.title())));
        for (String code : queries.programmes(year)) {
            Optional<Programme> programme = programmes.byCode(code);
            if (programme.isPresent() && FigureScope.valid(PROGRAMME, code)) {
                choices.add(new FigureScope.Choice(new FigureScope(PROGRAMME, code), programme.get().name()));
            }
        }
        return choices;
    }

    private List<Figure> figures(MeetingFigureQueries.Filter filter) {
        Instant asOf = clock.instant();
        Map<MeetingKind, List<RecordRef>> kinds = queries.held(filter).stream()
                .collect(Collectors.groupingBy(MeetingFigureQueries.Held::kind, () -> new EnumMap<>(MeetingKind.class),
                        Collectors.mapping(held -> RecordRef.of(MODULE, MEETING, held.id()), Collectors.toList())));
        List<Figure.Part> byKind = kinds.entrySet().stream()
                .map(kind -> Figure.Part.named(kind.getKey().name(), label("meetings.kind." + kind.getKey().name()),
                        kind.getValue()))
                .toList();
        List<MeetingFigureQueries.Participant> participants = queries.participants(filter);
        List<MeetingFigureQueries.Participant> trainees = participants.stream()
                .filter(participant -> participant.role() == ParticipantRole.TRAINEE).toList();
        return List.of(Figure.breakdown("meetings.meetings", byKind, asOf),
                Figure.breakdown("meetings.participants", byCountry(participants), asOf),
                Figure.breakdown("meetings.trainees", byCountry(trainees), asOf));
    }

    private static Optional<UUID> id(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static List<Figure.Part> byCountry(List<MeetingFigureQueries.Participant> participants) {
        Map<String, List<RecordRef>> countries = participants.stream()
                .collect(Collectors.groupingBy(MeetingFigureQueries.Participant::country, TreeMap::new,
                        Collectors.mapping(p -> RecordRef.of(MODULE, REGISTRATION, p.id()), Collectors.toList())));
        return countries.entrySet().stream().map(country -> Figure.Part.country(country.getKey(), country.getValue()))
                .toList();
    }

    /** A kind's name in every configured language, as the figure's part carries it. */
    private LocalizedText label(String key) {
        return languages.message(messages, key);
    }
}
