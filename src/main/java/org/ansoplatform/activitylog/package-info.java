/**
 * The append-only audit trail: who did what to which record, when and from where, written from every
 * module's audited events after their transaction commits.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.ansoplatform.activitylog;
