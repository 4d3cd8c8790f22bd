/**
 * What every module stands on: the database (embedded PostgreSQL or an external one) and its per-module
 * migrations, security filter chains, layout, error pages, locale, the clock and the demo switch.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ansoplatform.platform;
