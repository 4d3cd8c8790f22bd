/**
 * Membership and governance: membership applications checked by the Secretariat, endorsed by the Governing
 * Board and approved by the General Assembly; sessions of both bodies with agendas, attendance, minutes and
 * decisions; seats, officers and mandates; motions with open or secret ballots; the Statutes with versions
 * and amendments; thematic associations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "organizations", "files", "accounts"})
package org.ansoplatform.governance;
