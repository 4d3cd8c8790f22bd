package org.ansoplatform.governance;

/** The field of science an association works in: the six broad fields of the OECD's Fields of Research and Development. */
public enum ScienceField {
    NATURAL_SCIENCES, ENGINEERING_AND_TECHNOLOGY, MEDICAL_AND_HEALTH_SCIENCES, AGRICULTURAL_AND_VETERINARY_SCIENCES,
    SOCIAL_SCIENCES, HUMANITIES_AND_THE_ARTS
}
