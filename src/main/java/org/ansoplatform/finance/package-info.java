/**
 * The alliance's finance (issue 19): budget plans per year and programme approved by a Governing Board decision
 * (through governance's decision interface), expenditure as ledger lines imported from the accounting system's
 * CSV export with the exchange rates finance staff enter, corrections as reversing lines, funds with the endowment
 * whose principal is never spent, budget against actual with every figure opening its lines, the JSON API and the
 * yearly figures. Programmes are the calls module's; projects' grants and tranches are read from projects.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "accounts", "calls",
        "projects", "meetings", "governance :: decisions"})
package org.ansoplatform.finance;
