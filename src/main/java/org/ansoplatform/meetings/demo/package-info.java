/**
 * Demo data: the Annual Report 2021 lists of meetings and workshops, loaded through the CSV import.
 */
package org.ansoplatform.meetings.demo;
