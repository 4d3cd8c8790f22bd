package org.ansoplatform.finance.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.FinanceChanged;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.Money;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rates of the day finance staff enter (units of the base currency for one unit of a currency). A rate a ledger
 * line was converted at never changes, so every stored base amount can be recomputed from its line; a later day gets
 * its own rate.
 */
@Service
public class ExchangeRates {

    /** numeric(24, 10): fourteen digits before the point, ten after. */
    static final BigDecimal MAX_RATE = new BigDecimal("1e14");
    static final int MAX_SCALE = 10;

    private final LedgerStore store;
    private final FinanceSettings settings;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ExchangeRates(LedgerStore store, FinanceSettings settings, CurrentActor currentActor, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.settings = settings;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Enters (or, while no line uses it, corrects) the rate of {@code currency} on {@code date}; returns the currency as stored. */
    @Transactional
    public String enter(String currency, LocalDate date, BigDecimal rate) {
        List<Violation> violations = check(currency, date, rate);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String code = code(currency);
        Actor actor = currentActor.get();
        store.saveRate(code, date, rate, actor.personId(), actor.at());
        events.publishEvent(new FinanceChanged(actor, "finance.rate.entered", FinanceChanged.RATE, code + " " + date,
                rate.toPlainString()));
        return code;
    }

    private static String code(String currency) {
        return currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    }

    /** What {@link #enter} would refuse, without entering anything (a form shows it beside a value it could not read). */
    @Transactional(readOnly = true)
    public List<Violation> check(String currency, LocalDate date, BigDecimal rate) {
        List<Violation> violations = new ArrayList<>();
        String code = code(currency);
        if (code.isEmpty()) {
            violations.add(new Violation("currency", "validation.required"));
        } else if (!Money.isCurrency(code)) {
            violations.add(new Violation("currency", "finance.ledger.rate.unknownCurrency", code));
        } else if (code.equals(settings.baseCurrency())) {
            violations.add(new Violation("currency", "finance.ledger.rate.baseCurrency", code));
        }
        if (date == null) {
            violations.add(new Violation("date", "validation.required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            violations.add(new Violation("date", "finance.ledger.rate.future"));
        }
        if (rate == null) {
            violations.add(new Violation("rate", "validation.required"));
        } else if (rate.signum() <= 0) {
            violations.add(new Violation("rate", "finance.ledger.rate.notPositive"));
        } else if (rate.compareTo(MAX_RATE) >= 0 || rate.stripTrailingZeros().scale() > MAX_SCALE) {
            violations.add(new Violation("rate", "finance.ledger.rate.malformed"));
        }
        if (violations.isEmpty() && store.rate(code, date).isPresent() && store.rateUsed(code, date)) {
            violations.add(new Violation("rate", "finance.ledger.rate.inUse", code, date.toString()));
        }
        return violations;
    }

    @Transactional(readOnly = true)
    public PageResult<ExchangeRate> list(PageRequest page) {
        return new PageResult<>(store.rates(page.size(), page.offset()), page.page(), page.size(), store.rateCount());
    }
}
