package org.ansoplatform.governance;

/** The offices of ANSO an OFFICE decision appoints to. */
@org.springframework.modulith.NamedInterface("officers")
public enum Office {
    PRESIDENT, VICE_PRESIDENT, EXECUTIVE_DIRECTOR, ASSISTANT_EXECUTIVE_DIRECTOR
}
