/**
 * The CSV import of meeting lists: every line checked with the form's rules first, all or nothing (decision 22).
 */
package org.ansoplatform.meetings.importing;
