/** Demo data from the seeds: past sessions and decisions, endorsed applications, officers, Statutes, associations. */
package org.ansoplatform.governance.demo;
