package org.ansoplatform.partnerships;

/** The fixed list of sectors offers and requests are filed under, and matched by. Labels are messages. */
public enum TechnologySector {
    AGRICULTURE_FOOD, BIOTECHNOLOGY, HEALTH_MEDICINE, ENERGY, ENVIRONMENT_WATER, MATERIALS_CHEMISTRY,
    INFORMATION_TECHNOLOGY, MANUFACTURING, CONSTRUCTION, EARTH_OBSERVATION, DISASTER_RISK
}
