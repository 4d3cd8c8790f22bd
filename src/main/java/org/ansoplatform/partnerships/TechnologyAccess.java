package org.ansoplatform.partnerships;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees what on the Technology Transfer Platform. Published offers and requests are public, drafts their
 * organization's and the Secretariat's. An offer names its owner institution publicly (an institute markets it); a
 * request shows its organization's type and country only, its name to its own people, the Secretariat and the other
 * side of an introduction both agreed to. An introduction is seen by the Secretariat, the interested side, and the
 * owner's side once forwarded; each side learns who the other is, and how to reach them, only once both agreed.
 */
@Component
@Transactional(readOnly = true)
public class TechnologyAccess {

    public static final String SECRETARIAT = "SECRETARIAT";

    private final TechnologyQueries queries;

    TechnologyAccess(TechnologyQueries queries) {
        this.queries = queries;
    }

    public boolean secretariat(Reader reader) {
        return reader.hasRole(SECRETARIAT);
    }

    /** The organizations the reader is a confirmed representative of. */
    public List<UUID> organizations(Reader reader) {
        return queries.organizationsOf(reader.personId());
    }

    public boolean mayRead(TechnologyView t, Reader reader) {
        return t.published() || secretariat(reader) || organizations(reader).contains(t.organizationId());
    }

    public boolean owns(TechnologyView t, Reader reader) {
        return organizations(reader).contains(t.organizationId());
    }

    /** Whether the reader may learn which organization an offer or a request is from. */
    public boolean showsOrganization(TechnologyView t, Reader reader) {
        if (t.kind() == TechnologyKind.OFFER || secretariat(reader) || owns(t, reader)) {
            return true;
        }
        List<UUID> mine = organizations(reader);
        return queries.introductionsOf(mine).stream()
                .anyMatch(i -> i.technologyId().equals(t.id()) && i.status().introduced() && mine.contains(i.interestedOrganization()));
    }

    public boolean mayRead(IntroductionView i, TechnologyView t, Reader reader) {
        if (secretariat(reader)) {
            return true;
        }
        List<UUID> mine = organizations(reader);
        return mine.contains(i.interestedOrganization()) || (mine.contains(t.organizationId())
                && i.status() != IntroductionStatus.EXPRESSED && i.status() != IntroductionStatus.DECLINED);
    }

    /** Identities and contact details are shown to a party only when both agreed; the Secretariat always sees them. */
    public boolean identitiesShown(IntroductionView i, Reader reader) {
        return i.status().introduced() || secretariat(reader);
    }
}
