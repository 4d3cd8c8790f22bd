package org.ansoplatform.partnerships.agreements;

import java.time.LocalDate;
import java.util.Locale;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;

/**
 * The register's filters, each null for any: words of the title, kind, status, in force and expiring within
 * {@code expiringWithinDays} of {@code today}, a party's country, a goal.
 */
public record AgreementFilter(String q, AgreementKind kind, AgreementStatus status, Integer expiringWithinDays,
        String country, Integer sdg, LocalDate today) {

    public AgreementFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        expiringWithinDays = expiringWithinDays == null || expiringWithinDays < 0 ? null : Math.min(expiringWithinDays, 36500);
    }

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null, null, null, null);
    }
}
