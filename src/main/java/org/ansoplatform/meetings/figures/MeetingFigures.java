package org.ansoplatform.meetings.figures;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Meetings held in a year by kind, their participants (confirmed registrations) and trainees (participants in the
 * trainee role) by country: each of the year, never cumulative (decision in architecture.md).
 */
@Component
class MeetingFigures implements FigureSource {

    static final String MODULE = "meetings";
    static final String MEETING = "meeting";
    static final String REGISTRATION = "registration";

    private final MeetingFigureQueries queries;
    private final MessageSource messages;
    private final Languages languages;
    private final Clock clock;

    MeetingFigures(MeetingFigureQueries queries, MessageSource messages, Languages languages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.languages = languages;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        Map<MeetingKind, List<RecordRef>> kinds = queries.held(year).stream()
                .collect(Collectors.groupingBy(MeetingFigureQueries.Held::kind, () -> new EnumMap<>(MeetingKind.class),
                        Collectors.mapping(held -> RecordRef.of(MODULE, MEETING, held.id()), Collectors.toList())));
        List<Figure.Part> byKind = kinds.entrySet().stream()
                .map(kind -> Figure.Part.named(kind.getKey().name(), label("meetings.kind." + kind.getKey().name()),
                        kind.getValue()))
                .toList();
        List<MeetingFigureQueries.Participant> participants = queries.participants(year);
        List<MeetingFigureQueries.Participant> trainees = participants.stream()
                .filter(participant -> participant.role() == ParticipantRole.TRAINEE).toList();
        return List.of(Figure.breakdown("meetings.meetings", byKind, asOf),
                Figure.breakdown("meetings.participants", byCountry(participants), asOf),
                Figure.breakdown("meetings.trainees", byCountry(trainees), asOf));
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
