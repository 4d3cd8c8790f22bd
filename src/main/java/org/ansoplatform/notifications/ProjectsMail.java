package org.ansoplatform.notifications;

import java.util.Locale;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.platform.DateStyle;
import org.ansoplatform.projects.ReportingReminderDue;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of project reporting: a principal investigator hears, in their language, that a milestone or a
 * progress report of their project falls due soon, with a link to the page the event names.
 */
@Component
class ProjectsMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountQueries accounts;

    ProjectsMail(Mailer mailer, MessageSource messages, AccountQueries accounts) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(ReportingReminderDue reminder) {
        accounts.contact(reminder.personId()).ifPresent(to -> {
            Locale locale = to.locale();
            String due = DateStyle.day(reminder.dueOn(), locale);
            String kind = reminder.kind() == ReportingReminderDue.Kind.MILESTONE ? "projects.milestoneDue" : "projects.reportDue";
            mailer.send(to, kind, reminder.acronym(), reminder.title().in(locale), new Mailer.Written(due),
                    mailer.link(reminder.path()));
        });
    }
}
