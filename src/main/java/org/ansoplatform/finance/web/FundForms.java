package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The funds' forms, each bound as typed under its own name. */
public final class FundForms {

    private FundForms() {
    }

    /** A new fund: name and description in every configured language. */
    public record FundForm(String code, Map<String, String> name, FundKind kind, String programmeCode,
            Map<String, String> description) {
        static FundForm blank() {
            return new FundForm("", Map.of(), FundKind.UNRESTRICTED, "", Map.of());
        }
    }

    /** Money received into a fund. */
    public record MovementForm(MovementKind kind, BigDecimal amount, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            String note) {
        static MovementForm blank(LocalDate today) {
            return new MovementForm(MovementKind.INCOME, null, today, "");
        }
    }
}
