package org.ansoplatform.finance.ledger;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.finance.FinanceChanged;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of the ledger: a line is never edited or removed (the database refuses it), it is reversed by a line
 * of the opposite amount at the same rate, with the same programme, fund and references, naming the line it reverses
 * and why. A line is reversed at most once, and a reversal is never reversed (the line is imported again instead).
 */
@Service
public class LedgerManagement {

    static final int MAX_REASON = 2000;

    private final LedgerStore store;
    private final LedgerQueries queries;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LedgerManagement(LedgerStore store, LedgerQueries queries, CurrentActor currentActor, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.queries = queries;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Reverses the line today; returns the reversing line's id. */
    @Transactional
    public UUID reverse(UUID lineId, String reason) {
        return reverse(lineId, reason, null);
    }

    /** Reverses the line on {@code date} (today when null; never in the future nor before the line). */
    @Transactional
    public UUID reverse(UUID lineId, String reason, LocalDate date) {
        if (lineId == null || !store.lock(lineId)) {
            throw new NotFoundException("ledger line");
        }
        LedgerLine line = queries.line(lineId).orElseThrow(() -> new NotFoundException("ledger line"));
        List<Violation> violations = new ArrayList<>();
        String why = TextInput.check(reason, "reason", MAX_REASON, true, violations);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = date == null ? today : date;
        if (on.isAfter(today)) {
            violations.add(new Violation("date", "finance.ledger.reverse.future"));
        } else if (on.isBefore(line.date())) {
            violations.add(new Violation("date", "finance.ledger.reverse.beforeLine", line.date().toString()));
        }
        if (line.reversing()) {
            violations.add(new Violation(null, "finance.ledger.reverse.reversal"));
        } else if (line.reversed()) {
            violations.add(new Violation(null, "finance.ledger.reverse.already"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Actor actor = currentActor.get();
        UUID id = UUID.randomUUID();
        SqlParameterSource row = new MapSqlParameterSource().addValue("id", id).addValue("importId", null, Types.OTHER)
                .addValue("lineNo", null, Types.INTEGER).addValue("date", on).addValue("amount", line.amount().negate())
                .addValue("currency", line.currency()).addValue("rate", line.rate())
                .addValue("baseAmount", line.baseAmount().negate()).addValue("programme", line.programme())
                .addValue("fund", line.fund(), Types.VARCHAR).addValue("project", line.project(), Types.VARCHAR)
                .addValue("call", line.call(), Types.VARCHAR).addValue("meeting", line.meeting(), Types.VARCHAR)
                .addValue("voucher", line.voucher(), Types.VARCHAR).addValue("description", line.description())
                .addValue("reverses", lineId).addValue("reason", why).addValue("illustrative", line.illustrative())
                .addValue("by", actor.personId(), Types.OTHER).addValue("at", Timestamp.from(actor.at()));
        store.insertLines(new SqlParameterSource[] {row});
        events.publishEvent(new FinanceChanged(actor, "finance.ledger.reversed", FinanceChanged.LEDGER_LINE,
                lineId.toString(), why));
        return id;
    }
}
