package org.ansoplatform.partnerships;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * The people an introduction's step concerns are told, each in their language: the owner's representatives that an
 * interest was forwarded to them, the interested side that it was declined or refused, both sides that they were
 * introduced and may now see each other. {@code path} is the introduction's page, which the email links to; the email
 * names the technology, never the other side before both agreed.
 */
public record IntroductionNotice(List<UUID> recipients, IntroductionStatus status, LocalizedText technology, String path) {

    public IntroductionNotice {
        recipients = List.copyOf(recipients);
    }
}
