package org.ansoplatform.calls.web;

/** A delegate nominates a submitted application by its reference number and the nomination code its applicant gave them. */
public record NominationForm(String reference, String code) {
}
