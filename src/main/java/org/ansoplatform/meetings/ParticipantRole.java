package org.ansoplatform.meetings;

/** The part a participant plays at a meeting; trainees are counted separately and receive certificates. */
public enum ParticipantRole {
    TRAINEE, SPEAKER, ORGANIZER, GUEST
}
