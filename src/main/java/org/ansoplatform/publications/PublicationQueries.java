package org.ansoplatform.publications;

import java.util.List;
import java.util.Locale;

import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/** Reads of series and issues for pages and other modules (contracts commit: part P fills it in). */
@Component
public class PublicationQueries {

    /** The latest issues the reader may see, newest first, in the reader's language (the front page's list). */
    public List<IssueCard> latest(int limit, Reader reader, Locale locale) {
        return List.of();
    }
}
