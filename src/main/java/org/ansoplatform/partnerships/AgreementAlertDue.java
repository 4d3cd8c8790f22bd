package org.ansoplatform.partnerships;

import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * An agreement's owner is told, once, that its expiry or the last day to give notice is near. {@code path} is the
 * agreement's page, which the email links to.
 */
public record AgreementAlertDue(UUID ownerId, Kind kind, LocalizedText title, LocalDate date, String path) {

    public enum Kind { EXPIRY, NOTICE }
}
