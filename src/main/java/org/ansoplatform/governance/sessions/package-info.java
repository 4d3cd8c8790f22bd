/** Sessions of the Board and the Assembly with agenda, attendance and minutes, and the decisions taken in them (their stores). */
package org.ansoplatform.governance.sessions;
