/**
 * Registering and the waiting list underneath {@code RegistrationManagement}: the registration rows and the meeting's row as
 * locked for allocating places ({@code RegistrationStore}, {@code LockedMeeting}), and the check of what a participant gives.
 */
package org.ansoplatform.meetings.registration;
