/**
 * iCalendar (RFC 5545) for one meeting or the public calendar, written with ical4j.
 */
package org.ansoplatform.meetings.calendar;
