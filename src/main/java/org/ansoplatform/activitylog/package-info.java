/**
 * The append-only audit trail: who did what to which record, when and from where, written from every
 * module's audited events in the transaction of the action they record (decision 40). {@code ActivityLog} writes
 * through {@code ActivityStore}, which can only append; {@code ActivityQueries} reads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.ansoplatform.activitylog;
