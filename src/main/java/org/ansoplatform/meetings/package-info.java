/**
 * Meetings and trainings: the public catalogue and calendar (conferences, workshops, webinars, forums, symposia,
 * training courses, exhibitions, ceremonies, press conferences), registration with capacity, a waiting list and
 * moderation, participants by country, attendance and certificates, iCalendar feeds and the CSV import.
 * Board and Assembly meetings belong to governance, not here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "organizations", "files",
        "search :: indexing"})
package org.ansoplatform.meetings;
