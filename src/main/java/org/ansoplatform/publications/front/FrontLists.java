package org.ansoplatform.publications.front;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.meetings.MeetingCancelled;
import org.ansoplatform.meetings.MeetingCreated;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingUpdated;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.MeetingsImported;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The front page's calls and meetings, kept for a short while ({@code anso.publications.front.lists-cache}, 30
 * seconds by default, on the platform's clock) and forgotten as soon as a call or a meeting changes (a call's
 * {@code RecordChanged}, meetings' own events, heard synchronously: no row in the event registry). Reading every
 * call's definition is the front page's dearest query after the figures. What is open and what is coming is still
 * decided at each request from the cached calls, so a call leaves "open" the second it closes; meetings are kept
 * for the day they were read for.
 */
@Component
public class FrontLists {

    static final String CALLS_MODULE = "calls";

    private record Calls(List<CallView> calls, Instant until) {
    }

    private record Meetings(LocalDate day, List<MeetingView> meetings, Instant until) {
    }

    private final CallQueries calls;
    private final MeetingQueries meetings;
    private final Clock clock;
    private final Duration expiry;
    private volatile Calls cachedCalls;
    private volatile Meetings cachedMeetings;

    FrontLists(CallQueries calls, MeetingQueries meetings, Clock clock,
            @Value("${anso.publications.front.lists-cache:PT30S}") Duration expiry) {
        this.calls = calls;
        this.meetings = meetings;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** The published calls open now or opening later (as of when they were read: the caller decides which is which). */
    public List<CallView> openAndUpcoming() {
        Instant now = clock.instant();
        Calls entry = cachedCalls;
        if (entry == null || !now.isBefore(entry.until())) {
            entry = new Calls(calls.openAndUpcoming(), now.plus(expiry));
            cachedCalls = entry;
        }
        return entry.calls();
    }

    /** The {@code limit} published meetings not over on {@code today}, soonest first. */
    public List<MeetingView> upcoming(LocalDate today, int limit) {
        Instant now = clock.instant();
        Meetings entry = cachedMeetings;
        if (entry == null || !entry.day().equals(today) || !now.isBefore(entry.until())) {
            entry = new Meetings(today, meetings.search(MeetingQueries.Filter.published().in(MeetingQueries.Filter.Period.UPCOMING, today),
                    new PageRequest(0, limit)).items(), now.plus(expiry));
            cachedMeetings = entry;
        }
        return entry.meetings();
    }

    public void evict() {
        cachedCalls = null;
        cachedMeetings = null;
    }

    @EventListener
    void callChanged(RecordChanged event) {
        if (CALLS_MODULE.equals(event.ref().module())) {
            cachedCalls = null;
        }
    }

    @EventListener({MeetingCreated.class, MeetingUpdated.class, MeetingCancelled.class, MeetingsImported.class})
    void meetingChanged() {
        cachedMeetings = null;
    }
}
