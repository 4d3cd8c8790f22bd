/**
 * Membership and governance: membership applications checked by the Secretariat, endorsed by the Governing
 * Board and approved by the General Assembly; sessions of both bodies with agendas, attendance, minutes and
 * decisions that apply to what they decide; seats, officers and mandates; delegates of member organizations;
 * motions and Board elections with open or secret ballots; the Statutes with versions and amendments;
 * thematic associations.
 *
 * <p>This package is the module's API: {@code XxxManagement} (commands), {@code XxxQueries} (reads), the
 * value types pages and the API show, and past-tense events (each an {@code AuditedEvent}; never one for a
 * ballot). {@link org.ansoplatform.governance.DelegateQueries} is the named interface {@code delegates} that
 * other modules use; {@link org.ansoplatform.governance.DecisionSubjectSource} the named interface {@code decisions}
 * they implement for records of theirs a body decides. Stores and internals live in the sub-packages named after
 * their story.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "organizations", "files", "accounts", "meetings", "search :: indexing"})
package org.ansoplatform.governance;
