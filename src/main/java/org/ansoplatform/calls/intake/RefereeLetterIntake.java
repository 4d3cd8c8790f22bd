package org.ansoplatform.calls.intake;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.RefereeDeclined;
import org.ansoplatform.calls.RefereeInvited;
import org.ansoplatform.platform.RateLimits;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.calls.RefereeLetterReceived;
import org.ansoplatform.calls.intake.ApplicationStore.RefereeRow;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.LinkSecrets;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referees upload their letter without an account, through an emailed link whose secret is stored only
 * as a hash and works once, until the call closes. The letter file belongs to the referee record, so the
 * applicant can see that it arrived but never open it.
 */
@Service
public class RefereeLetterIntake {

    /** Referees who have not answered are reminded once, this long before the call closes. */
    static final Duration REMIND_BEFORE = Duration.ofDays(3);

    private final ApplicationStore store;
    private final CallQueries calls;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationIntake applications;
    private final RateLimits rateLimits;
    private final RefereeOrcidStore orcids;

    RefereeLetterIntake(ApplicationStore store, CallQueries calls, FileStorage files, ApplicationEventPublisher events,
            CurrentActor actor, TransactionTemplate transactions, Clock clock, ApplicationIntake applications, RateLimits rateLimits,
            RefereeOrcidStore orcids) {
        this.orcids = orcids;
        this.applications = applications;
        this.rateLimits = rateLimits;
        this.store = store;
        this.calls = calls;
        this.files = files;
        this.events = events;
        this.actor = actor;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the referee's page shows: whom the letter is for and until when. */
    public record Request(String refereeName, String applicantName, org.ansoplatform.shared.LocalizedText callTitle, Instant deadline,
            java.time.ZoneId zone) {
    }

    @Transactional
    public Request open(String token) {
        RefereeRow referee = valid(token);
        ApplicationView application = store.find(referee.applicationId()).orElseThrow();
        CallView call = calls.any(application.callId());
        return new Request(referee.name(), application.applicantName(), call.definition().title(), referee.expiresAt(),
                call.definition().zone());
    }

    /** Stores the letter and spends the link. A reused, expired or unknown link is refused and nothing is stored. */
    public void upload(String token, String fileName, InputStream content) {
        upload(token, fileName, content, null);
    }

    /**
     * The letter with the referee's optional ORCID iD; a bad iD is refused next to its field before the file is
     * stored, so nothing is kept and the link still works.
     */
    public void upload(String token, String fileName, InputStream content, String orcidText) {
        RefereeRow referee = transactions.execute(status -> valid(token));
        if (orcidText != null && !orcidText.isBlank() && !org.ansoplatform.shared.OrcidId.isValid(orcidText)) {
            throw new InvalidInputException("orcid", "orcid.invalid");
        }
        org.ansoplatform.shared.OrcidId orcid = org.ansoplatform.shared.OrcidId.ofOptional(orcidText);
        StoredFile letter = files.store(referee.id(), fileName, content, java.util.Set.of("application/pdf"));
        transactions.executeWithoutResult(status -> {
            RefereeRow still = valid(token);
            store.letterReceived(still.id(), letter.id(), clock.instant());
            orcids.set(still.id(), orcid);
            ApplicationView application = store.find(still.applicationId()).orElseThrow();
            events.publishEvent(new RefereeLetterReceived(application.id(), still.id(), application.applicantId(), still.name(),
                    CallsPaths.application(application.id()), actor.get()));
        });
    }

    /**
     * The referee cannot write: their link stops working (used again, it says they declined), and the
     * applicant is told with the reason, so that they ask someone else.
     */
    @Transactional
    public void decline(String token, String reason) {
        RefereeRow referee = valid(token);
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() > 2000) {
            throw new InvalidInputException("reason", "calls.referee.reasonTooLong");
        }
        store.declined(referee.id(), clean, clock.instant());
        ApplicationView application = store.find(referee.applicationId()).orElseThrow();
        events.publishEvent(new RefereeDeclined(application.id(), referee.id(), application.applicantId(), referee.name(), clean,
                CallsPaths.application(application.id()) + "#referees", actor.get()));
    }

    /** The applicant sends the invitation again, with a new link, to a referee who has not written or declined. */
    @Transactional
    public void resend(UUID applicationId, UUID refereeId, SignedInPerson applicant) {
        RefereeRow referee = ownWaiting(applicationId, refereeId, applicant);
        if (referee.declinedAt() != null) {
            throw new InvalidInputException("referees", "calls.referee.declinedReplace");
        }
        rateLimits.check(RateLimits.Action.REFEREE_INVITATION, referee.email());
        ApplicationView application = store.find(applicationId).orElseThrow();
        CallView call = calls.any(application.callId());
        String token = LinkSecrets.newSecret();
        store.renewToken(refereeId, LinkSecrets.hash(token));
        events.publishEvent(new RefereeInvited(applicationId, refereeId, referee.name(), referee.email(), token, CallsPaths.referee(token),
                application.applicantName(), call.definition().title(), referee.expiresAt(), call.definition().zone(), false, actor.get()));
    }

    /** The applicant asks someone else instead of a referee who has not written (or declined): the old link stops working. */
    @Transactional
    public UUID replaceOwn(UUID applicationId, UUID refereeId, String name, String email, String institution, SignedInPerson applicant) {
        ownWaiting(applicationId, refereeId, applicant);
        store.replaceReferee(refereeId, clock.instant());
        return applications.inviteReferee(applicationId, name, email, institution, applicant);
    }

    private RefereeRow ownWaiting(UUID applicationId, UUID refereeId, SignedInPerson applicant) {
        applications.ownDraft(applicationId, applicant);
        RefereeRow referee = store.referee(refereeId).filter(row -> row.applicationId().equals(applicationId))
                .orElseThrow(() -> new NotFoundException("referee " + refereeId));
        if (referee.replacedAt() != null) {
            throw new InvalidInputException("referees", "calls.referee.alreadyReplaced");
        }
        if (referee.receivedAt() != null) {
            throw new InvalidInputException("referees", "calls.referee.alreadyWrote");
        }
        return referee;
    }

    /** The Secretariat replaces a referee who cannot write: the old link stops working and the new referee is asked. */
    @Transactional
    public UUID replace(UUID refereeId, String name, String email, String institution) {
        RefereeRow old = store.referee(refereeId).orElseThrow(() -> new NotFoundException("referee " + refereeId));
        if (old.replacedAt() != null) {
            throw new InvalidInputException("email", "calls.referee.alreadyReplaced");
        }
        ApplicationView application = store.find(old.applicationId()).orElseThrow();
        CallView call = calls.any(application.callId());
        String clean = email == null ? "" : email.strip();
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "calls.referee.nameRequired");
        }
        if (!clean.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || clean.length() > 320) {
            throw new InvalidInputException("email", "calls.referee.badEmail");
        }
        Instant now = clock.instant();
        store.replaceReferee(refereeId, now);
        String token = LinkSecrets.newSecret();
        UUID id = UUID.randomUUID();
        Instant deadline = call.definition().closesAt().isAfter(now) ? call.definition().closesAt() : now.plus(Duration.ofDays(14));
        store.insertReferee(id, application.id(), name.strip(), clean, institution == null ? "" : institution.strip(),
                LinkSecrets.hash(token), deadline, now);
        events.publishEvent(new RefereeInvited(application.id(), id, name.strip(), clean, token, CallsPaths.referee(token),
                application.applicantName(),
                call.definition().title(), deadline, call.definition().zone(), false, actor.get()));
        return id;
    }

    /** Once, a few days before the deadline, referees who have not uploaded get a fresh link. */
    @Scheduled(fixedDelayString = "${anso.calls.reminder-interval:PT1H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "referee-reminders")
    public void remind() {
        Instant now = clock.instant();
        for (UUID refereeId : store.refereesToRemind(now, now.plus(REMIND_BEFORE))) {
            transactions.executeWithoutResult(status -> {
                RefereeRow referee = store.referee(refereeId).orElseThrow();
                ApplicationView application = store.find(referee.applicationId()).orElseThrow();
                CallView call = calls.any(application.callId());
                String token = LinkSecrets.newSecret();
                store.rotateToken(refereeId, LinkSecrets.hash(token), now);
                events.publishEvent(new RefereeInvited(application.id(), refereeId, referee.name(), referee.email(), token,
                        CallsPaths.referee(token), application.applicantName(), call.definition().title(), referee.expiresAt(), call.definition().zone(), true, actor.get()));
            });
        }
    }

    private RefereeRow valid(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidInputException("token", "calls.referee.badLink");
        }
        RefereeRow referee = store.refereeByToken(LinkSecrets.hash(token))
                .orElseThrow(() -> new InvalidInputException("token", "calls.referee.badLink"));
        if (referee.declinedAt() != null) {
            throw new InvalidInputException("token", "calls.referee.declinedLink");
        }
        if (!clock.instant().isBefore(referee.expiresAt())) {
            throw new InvalidInputException("token", "calls.referee.expired");
        }
        return referee;
    }
}
