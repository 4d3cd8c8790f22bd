package org.ansoplatform.governance;

import java.util.List;

/** One article in a comparison: its text in each version (null where absent) and the differences. */
public record ArticleComparison(String number, ArticleView before, ArticleView after, List<DiffSegment> diff,
        boolean changed) {
}
