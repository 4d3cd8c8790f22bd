package org.ansoplatform.calls.web;

/** The referee's decline, sent through the emailed link: the link's secret (a hidden field) and the optional reason. */
public record RefereeDeclineForm(String token, String reason) {
}
