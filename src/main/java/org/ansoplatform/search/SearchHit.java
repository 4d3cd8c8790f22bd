package org.ansoplatform.search;

import org.ansoplatform.shared.RecordRef;

/** One found record: its reference, the page it links to, its title and a piece of its text with the matches marked. */
public record SearchHit(RecordRef ref, String path, Integer year, Highlight title, Highlight snippet) {
}
