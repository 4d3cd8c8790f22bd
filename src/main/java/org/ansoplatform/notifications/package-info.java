/**
 * Email and the in-app copy of every message. Listens to other modules' events only, after their
 * transaction commits; a failed send is retried from the event publication registry. A message links to the
 * page its event names ({@code path}): this module writes no other module's route. {@code MessageQueries} reads
 * the stored copies, {@code MessageStore} writes them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "accounts", "calls", "meetings", "review", "governance", "projects",
        "partnerships", "publications", "datasets"})
package org.ansoplatform.notifications;
