package org.ansoplatform.publications.front;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.publications.IssueCard;
import org.ansoplatform.publications.NewsCard;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * What the front page shows, each part read from the module that owns it: calls open now and opening soon
 * (calls), upcoming meetings and trainings (meetings), both kept briefly ({@link FrontLists}), the latest news and
 * publications (kept briefly for visitors: {@link FrontLatest}) and the year's key figures (the figures interface, cached:
 * {@link KeyFigures}).
 */
@Component
public class FrontContent {

    /** How many items each list shows; each list links to its full page. */
    public static final int CALLS = 6;
    public static final int MEETINGS = 5;
    public static final int NEWS = 4;
    public static final int PUBLICATIONS = 4;

    /** The front page's content for one reader in one language, as of {@code today} (UTC). */
    public record FrontPage(LocalDate today, List<CallView> openCalls, List<CallView> upcomingCalls,
            List<MeetingView> meetings, List<NewsCard> news, List<IssueCard> publications, int year,
            List<KeyFigures.KeyFigure> figures) {
    }

    private final FrontLists lists;
    private final FrontLatest latest;
    private final KeyFigures figures;
    private final Clock clock;

    FrontContent(FrontLists lists, FrontLatest latest, KeyFigures figures, Clock clock) {
        this.lists = lists;
        this.latest = latest;
        this.figures = figures;
        this.clock = clock;
    }

    public FrontPage page(Reader reader, Locale locale) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<CallView> current = lists.openAndUpcoming();
        List<CallView> open = current.stream().filter(call -> call.accepting(now))
                .sorted(Comparator.comparing((CallView call) -> call.definition().closesAt())).limit(CALLS).toList();
        List<CallView> upcoming = current.stream().filter(call -> call.upcoming(now))
                .sorted(Comparator.comparing((CallView call) -> call.definition().opensAt())).limit(CALLS).toList();
        List<MeetingView> next = lists.upcoming(today, MEETINGS);
        FrontLatest.Latest recent = latest.of(reader, locale);
        return new FrontPage(today, open, upcoming, next, recent.news(), recent.publications(), today.getYear(),
                figures.of(today.getYear()));
    }
}
