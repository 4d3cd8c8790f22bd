package org.ansoplatform.finance.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.FinanceChanged;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funds in the base currency and what comes into them: principal (an endowment's capital, never spent) and income.
 * Only a restricted fund names the programme it pays for. Money leaves a fund only through ledger lines charged to
 * it, which the ledger import checks against {@link FundBalances}: an endowment pays from its income only.
 */
@Service
@Transactional
public class FundManagement {

    public static final int NAME_MAX = 200, DESCRIPTION_MAX = 2000, NOTE_MAX = 500;
    private static final String CODE = "[a-z0-9][a-z0-9-]{1,39}";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    private final FundStore store;
    private final ProgrammeQueries programmes;
    private final FinanceSettings settings;
    private final Languages languages;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FundManagement(FundStore store, ProgrammeQueries programmes, FinanceSettings settings, Languages languages,
            CurrentActor currentActor, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.programmes = programmes;
        this.settings = settings;
        this.languages = languages;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public void create(String code, LocalizedText name, FundKind kind, String programmeCode, LocalizedText description) {
        create(code, name, kind, programmeCode, description, false);
    }

    /** A new fund; {@code illustrative} marks the demo's. */
    public void create(String code, LocalizedText name, FundKind kind, String programmeCode, LocalizedText description,
            boolean illustrative) {
        List<Violation> violations = new ArrayList<>();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.isEmpty()) {
            violations.add(new Violation("code", "validation.required"));
        } else if (!cleanCode.matches(CODE)) {
            violations.add(new Violation("code", "finance.fund.error.code"));
        } else if (store.exists(cleanCode)) {
            violations.add(new Violation("code", "finance.fund.error.codeTaken", cleanCode));
        }
        LocalizedText cleanName = localized(name, "name", NAME_MAX, true, violations);
        LocalizedText cleanDescription = localized(description, "description", DESCRIPTION_MAX, false, violations);
        String programme = programmeCode == null || programmeCode.isBlank() ? null : programmeCode.strip();
        if (kind == null) {
            violations.add(new Violation("kind", "validation.required"));
        } else if (kind == FundKind.RESTRICTED && programme == null) {
            violations.add(new Violation("programmeCode", "finance.fund.error.programmeRequired"));
        } else if (kind != FundKind.RESTRICTED && programme != null) {
            violations.add(new Violation("programmeCode", "finance.fund.error.programmeRestrictedOnly"));
        }
        if (programme != null && kind == FundKind.RESTRICTED) {
            List<Programme> all = programmes.all();
            if (all.stream().noneMatch(p -> p.code().equals(programme))) {
                violations.add(new Violation("programmeCode", "finance.plan.error.programme", programme));
            } else if (all.stream().anyMatch(p -> programme.equals(p.area()))) {
                violations.add(new Violation("programmeCode", "finance.plan.error.area", programme));
            }
        }
        refuse(violations);
        Actor actor = currentActor.get();
        store.insert(new FundStore.Row(cleanCode, cleanName, cleanDescription, kind, settings.baseCurrency(), programme,
                illustrative), actor.at());
        events.publishEvent(new FinanceChanged(actor, "finance.fund.created", FinanceChanged.FUND, cleanCode, kind.name()));
    }

    public void record(String code, MovementKind kind, BigDecimal amount, LocalDate date, String note) {
        record(code, kind, amount, date, note, false);
    }

    /** Money received into the fund, in the base currency, on a day not after today. */
    public void record(String code, MovementKind kind, BigDecimal amount, LocalDate date, String note, boolean illustrative) {
        List<Violation> violations = new ArrayList<>();
        if (code == null || !store.exists(code)) {
            violations.add(new Violation("code", "finance.fund.error.unknown", String.valueOf(code)));
        }
        if (kind == null) {
            violations.add(new Violation("kind", "validation.required"));
        }
        int digits = Math.max(Currency.getInstance(settings.baseCurrency()).getDefaultFractionDigits(), 0);
        if (amount == null) {
            violations.add(new Violation("amount", "validation.required"));
        } else if (amount.signum() <= 0) {
            violations.add(new Violation("amount", "finance.fund.error.positive"));
        } else if (amount.stripTrailingZeros().scale() > digits || amount.compareTo(MAX_AMOUNT) >= 0) {
            violations.add(new Violation("amount", "finance.plan.error.amount", settings.baseCurrency(), String.valueOf(digits)));
        }
        if (date == null) {
            violations.add(new Violation("date", "validation.required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            violations.add(new Violation("date", "finance.fund.error.future"));
        }
        String text = java.util.Objects.requireNonNullElse(TextInput.check(note, "note", NOTE_MAX, false, violations), "");
        refuse(violations);
        Actor actor = currentActor.get();
        store.addMovement(code, kind, amount, settings.baseCurrency(), date, text, illustrative, actor.personId(), actor.at());
        events.publishEvent(new FinanceChanged(actor, "finance.fund.received", FinanceChanged.FUND, code,
                kind + " " + amount.toPlainString() + " " + settings.baseCurrency() + " " + date));
    }

    private LocalizedText localized(LocalizedText text, String field, int max, boolean required, List<Violation> violations) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        if (text != null) {
            text.values().forEach((language, value) -> {
                if (languages.supports(language)) {
                    values.put(language, java.util.Objects.requireNonNullElse(TextInput.check(value, field, max, false, violations), ""));
                }
            });
        }
        LocalizedText clean = LocalizedText.of(values);
        if (required && clean.get(languages.tags().get(0)).isBlank()) {
            violations.add(new Violation(field, "finance.fund.error.nameRequired"));
        }
        return clean;
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
