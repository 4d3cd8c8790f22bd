/**
 * The meetings' yearly figures (meetings by kind, participants and trainees by country) and their records as links
 * for any module ({@code MeetingFigures}, {@code MeetingRecords}).
 */
package org.ansoplatform.meetings.figures;
