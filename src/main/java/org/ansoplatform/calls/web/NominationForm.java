package org.ansoplatform.calls.web;

/** A delegate nominates a submitted application by its reference number. */
public record NominationForm(String reference) {
}
