package org.ansoplatform.publications;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.DelegateView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may edit (decision 183). The Secretariat and the editors named on a series edit it and read
 * all its items; a published PUBLIC item is everyone's; a MEMBERS item is for signed-in delegates of member
 * organizations; a RESTRICTED item for the people named on it and the delegates of the organizations named on it.
 * Drafts and withdrawn items are the editors' only. The search audience tokens say the same.
 */
@Component
public class PublicationAccess {

    public static final String EDITOR_ROLE = "SECRETARIAT";

    private final DelegateQueries delegates;

    PublicationAccess(DelegateQueries delegates) {
        this.delegates = delegates;
    }

    public boolean editor(SeriesView series, Reader reader) {
        return reader.everything() || reader.hasRole(EDITOR_ROLE)
                || reader.signedIn() && series.editors().contains(reader.personId());
    }

    public boolean mayRead(SeriesView series, IssueView issue, Reader reader) {
        return mayRead(series, issue, reader, delegate(reader));
    }

    /** As {@link #mayRead(SeriesView, IssueView, Reader)} with the reader's organization as a delegate read once for a list. */
    public boolean mayRead(SeriesView series, IssueView issue, Reader reader, Optional<UUID> delegateOf) {
        if (editor(series, reader)) {
            return true;
        }
        if (!issue.published()) {
            return false;
        }
        return switch (issue.accessPolicy()) {
            case PUBLIC -> true;
            case MEMBERS -> delegateOf.isPresent();
            case RESTRICTED -> reader.signedIn() && (issue.readerPeople().contains(reader.personId())
                    || delegateOf.map(issue.readerOrganizations()::contains).orElse(false));
        };
    }

    /** Whether the reader may learn the item exists by its title (a restricted item whose policy shows the title). */
    public boolean mayKnowTitle(SeriesView series, IssueView issue, Reader reader) {
        return mayRead(series, issue, reader) || issue.published() && issue.titlePublic();
    }

    /** Whether opening it is recorded: everything not public, read by someone other than its editors. */
    public boolean logged(SeriesView series, IssueView issue, Reader reader) {
        return issue.accessPolicy() != AccessPolicy.PUBLIC && !editor(series, reader);
    }

    /** The audience tokens of a published item in search: who may find it (decision 185). */
    public Set<String> audience(SeriesView series, IssueView issue) {
        return audience(series, issue, issue.accessPolicy() == AccessPolicy.PUBLIC ? List.of() : delegates.current());
    }

    /** The delegates in force, read once for many documents. */
    public List<DelegateView> currentDelegates() {
        return delegates.current();
    }

    public Set<String> audience(SeriesView series, IssueView issue, List<DelegateView> current) {
        Set<String> tokens = new LinkedHashSet<>();
        if (issue.accessPolicy() == AccessPolicy.PUBLIC) {
            tokens.add(Reader.PUBLIC);
            return tokens;
        }
        tokens.add(Reader.roleToken(EDITOR_ROLE));
        series.editors().forEach(editor -> tokens.add(Reader.personToken(editor)));
        for (DelegateView delegate : current) {
            if (issue.accessPolicy() == AccessPolicy.MEMBERS || issue.readerOrganizations().contains(delegate.organizationId())) {
                tokens.add(Reader.personToken(delegate.personId()));
            }
        }
        if (issue.accessPolicy() == AccessPolicy.RESTRICTED) {
            issue.readerPeople().forEach(person -> tokens.add(Reader.personToken(person)));
        }
        return tokens;
    }

    /** The organization the reader is a delegate of, if any. */
    public Optional<UUID> delegate(Reader reader) {
        return reader.signedIn() ? delegates.organizationOf(reader.personId()) : Optional.empty();
    }
}
