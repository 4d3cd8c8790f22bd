package org.ansoplatform.projects;

/** The themes a project directory filters by. */
public enum ProjectTheme {
    AGRICULTURE_FOOD, WATER, CLIMATE_DISASTER_RISK, ECOLOGY_ENVIRONMENT, BIODIVERSITY, HEALTH, ENERGY,
    EARTH_OBSERVATION, DIGITAL_DATA, SPACE_ASTRONOMY, MATERIALS, OCEANS
}
