package org.ansoplatform.governance;

import java.util.List;

/**
 * One article in a comparison: its text in each version (null where absent) and the differences, the heading's
 * apart from the body's so that a page never runs a heading into the text.
 */
public record ArticleComparison(String number, ArticleView before, ArticleView after, List<DiffSegment> headingDiff,
        List<DiffSegment> diff, boolean changed) {
}
