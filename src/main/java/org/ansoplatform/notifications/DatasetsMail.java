package org.ansoplatform.notifications;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.datasets.DatasetPublished;
import org.ansoplatform.datasets.DatasetReturned;
import org.ansoplatform.datasets.DatasetSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of datasets' curation, in the recipient's language with a link to the page: every data curator hears of
 * a submitted version; the depositor hears that a version was returned (with the comments) or published (with its DOI).
 */
@Component
class DatasetsMail {

    private final Mailer mailer;
    private final AccountQueries accounts;

    DatasetsMail(Mailer mailer, AccountQueries accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(DatasetSubmitted submitted) {
        accounts.activeHolders(Role.DATA_CURATOR).stream().filter(to -> !to.personId().equals(submitted.depositorId()))
                .forEach(to -> mailer.send(to, "datasets.submitted", submitted.title(), submitted.number(),
                        mailer.link(submitted.path())));
    }

    @ApplicationModuleListener
    void on(DatasetReturned returned) {
        accounts.contact(returned.depositorId()).ifPresent(to -> mailer.send(to, "datasets.returned", returned.title(),
                returned.number(), returned.comment(), mailer.link(returned.path())));
    }

    @ApplicationModuleListener
    void on(DatasetPublished published) {
        accounts.contact(published.depositorId()).ifPresent(to -> mailer.send(to, "datasets.published", published.title(),
                published.number(), new Mailer.Written(published.comment()), mailer.link(published.path())));
    }
}
