package org.ansoplatform.publications.front.compose;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's commands on composed issues (issue 21, item 4): create one with its first picks, edit its titles
 * and editorial, add a pick (a current candidate of its kind, not picked yet), remove one (never the last), move one
 * up or down, write a pick's text. Each change is audited ({@link CompositionChanged}).
 */
@Service
public class CompositionManagement {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 10_000;
    public static final int PICKS_MAX = 50;

    private final CompositionStore store;
    private final CompositionCandidates candidates;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompositionManagement(CompositionStore store, CompositionCandidates candidates, CurrentActor actor,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.candidates = candidates;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID create(CompositionCommand command) {
        List<Violation> problems = new ArrayList<>();
        if (command.kind() == null) {
            problems.add(new Violation("kind", "publications.composition.error.kind"));
        }
        if (command.year() == null || command.year() < 1900 || command.year() > 2100) {
            problems.add(new Violation("year", "publications.composition.error.year"));
        }
        if (command.number() == null || command.number() < 1 || command.number() > 999) {
            problems.add(new Violation("number", "publications.composition.error.number"));
        } else if (command.kind() != null && command.year() != null
                && store.numberTaken(command.kind(), command.year(), command.number(), null)) {
            problems.add(new Violation("number", "publications.composition.error.numberTaken", command.number(), command.year()));
        }
        checkTexts(command.title(), command.editorial(), problems);
        List<RecordRef> picks = new ArrayList<>();
        if (command.picks().isEmpty()) {
            problems.add(new Violation("picks", "publications.composition.error.noPicks"));
        } else if (command.kind() != null) {
            for (String pick : command.picks()) {
                check(command.kind(), pick, picks, "picks", problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        store.insert(id, command.kind(), command.year(), command.number(), command.title(), command.editorial(),
                command.illustrative(), clock.instant());
        for (int position = 0; position < picks.size(); position++) {
            store.addPick(id, UUID.randomUUID(), picks.get(position), position, new LocalizedText(null));
        }
        changed("composition.created", id, command.kind() + " " + command.year() + "/" + command.number());
        return id;
    }

    @Transactional
    public void edit(UUID id, LocalizedText title, LocalizedText editorial) {
        existing(id);
        List<Violation> problems = new ArrayList<>();
        checkTexts(title, editorial, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.edit(id, title, editorial, clock.instant());
        changed("composition.edited", id, "");
    }

    /** Adds a record at the end; refused next to {@code record} when it is no candidate of the kind or picked already. */
    @Transactional
    public UUID pick(UUID id, String record) {
        Composition composition = existing(id);
        List<RecordRef> picked = new ArrayList<>(composition.picks().stream().map(Composition.Pick::ref).toList());
        int before = picked.size();
        List<Violation> problems = new ArrayList<>();
        if (record == null || record.isBlank()) {
            problems.add(new Violation("record", "publications.composition.error.noRecord"));
        } else {
            check(composition.kind(), record.strip(), picked, "record", problems);
        }
        if (problems.isEmpty() && before >= PICKS_MAX) {
            problems.add(new Violation("record", "publications.composition.error.tooMany", PICKS_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID pickId = UUID.randomUUID();
        store.addPick(id, pickId, picked.get(before), composition.picks().stream().mapToInt(Composition.Pick::position).max().orElse(-1) + 1,
                new LocalizedText(null));
        store.touch(id, clock.instant());
        changed("composition.picked", id, picked.get(before).toString());
        return pickId;
    }

    /** Removes a pick; the last one stays (a composition without picks is nothing to publish). */
    @Transactional
    public void unpick(UUID id, UUID pickId) {
        Composition composition = existing(id);
        Composition.Pick pick = pick(composition, pickId);
        if (composition.picks().size() == 1) {
            throw new InvalidInputException("record", "publications.composition.error.lastPick");
        }
        store.removePick(pickId);
        renumber(id);
        store.touch(id, clock.instant());
        changed("composition.unpicked", id, pick.ref().toString());
    }

    /** Swaps a pick with the one before it ({@code up}) or after it; at either end nothing changes. */
    @Transactional
    public void move(UUID id, UUID pickId, boolean up) {
        Composition composition = existing(id);
        List<Composition.Pick> picks = composition.picks();
        int index = picks.indexOf(pick(composition, pickId));
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= picks.size()) {
            return;
        }
        store.position(picks.get(index).id(), picks.get(other).position());
        store.position(picks.get(other).id(), picks.get(index).position());
        store.touch(id, clock.instant());
        changed("composition.moved", id, picks.get(index).ref() + (up ? " up" : " down"));
    }

    @Transactional
    public void text(UUID id, UUID pickId, LocalizedText text) {
        Composition composition = existing(id);
        pick(composition, pickId);
        LocalizedText written = text == null ? new LocalizedText(null) : text;
        List<Violation> problems = new ArrayList<>();
        written.values().forEach((language, value) -> TextInput.check(value, "text", TEXT_MAX, false, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.text(pickId, written);
        store.touch(id, clock.instant());
        changed("composition.texted", id, "");
    }

    private Composition existing(UUID id) {
        return store.lock(id).orElseThrow(() -> new NotFoundException("composition " + id));
    }

    private static Composition.Pick pick(Composition composition, UUID pickId) {
        return composition.picks().stream().filter(pick -> pick.id().equals(pickId)).findFirst()
                .orElseThrow(() -> new NotFoundException("pick " + pickId));
    }

    /** The pick, if it names a current candidate of the kind not picked yet, is added to {@code picked}. */
    private void check(CompositionKind kind, String text, List<RecordRef> picked, String field, List<Violation> problems) {
        if (!RecordRef.isValid(text)) {
            problems.add(new Violation(field, "publications.composition.error.unknown", text));
            return;
        }
        RecordRef ref = RecordRef.parse(text);
        Set<RecordRef> seen = new HashSet<>(picked);
        if (seen.contains(ref)) {
            problems.add(new Violation(field, "publications.composition.error.duplicate", text));
        } else if (candidates.find(kind, ref).isEmpty()) {
            problems.add(new Violation(field, "publications.composition.error.unknown", text));
        } else {
            picked.add(ref);
        }
    }

    private void checkTexts(LocalizedText title, LocalizedText editorial, List<Violation> problems) {
        if (title == null || title.isEmpty()) {
            problems.add(new Violation("title", "publications.composition.error.title"));
        } else {
            title.values().forEach((language, value) -> TextInput.checkLine(value, "title", TITLE_MAX, true, problems));
        }
        if (editorial != null) {
            editorial.values().forEach((language, value) -> TextInput.check(value, "editorial", TEXT_MAX, false, problems));
        }
    }

    private void renumber(UUID id) {
        List<Composition.Pick> picks = store.picks(id);
        for (int position = 0; position < picks.size(); position++) {
            if (picks.get(position).position() != position) {
                store.position(picks.get(position).id(), position);
            }
        }
    }

    private void changed(String action, UUID id, String detail) {
        events.publishEvent(new CompositionChanged(actor.get(), action, id.toString(), detail));
    }
}
