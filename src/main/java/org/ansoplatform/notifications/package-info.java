/**
 * Email and the in-app copy of every message. Listens to other modules' events only, after their
 * transaction commits; a failed send is retried from the event publication registry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "accounts", "calls", "meetings", "review"})
package org.ansoplatform.notifications;
