package org.ansoplatform.calls;

import org.ansoplatform.shared.LocalizedText;

/** A track of a call (PhD, Master's; or a facility) with the number of awards it may give. */
public record Track(String code, LocalizedText name, int awardQuota) {
}
