package org.ansoplatform.identifiers;

/**
 * The role of a contributor (DataCite {@code contributorType}).
 * The constants follow DataCite Metadata Schema 4.7's controlled list
 * ({@code include/datacite-contributorType-v4.xsd}), whose spelling {@link #xml()} returns.
 */
public enum ContributorType {
    CONTACT_PERSON("ContactPerson"),
    DATA_COLLECTOR("DataCollector"),
    DATA_CURATOR("DataCurator"),
    DATA_MANAGER("DataManager"),
    DISTRIBUTOR("Distributor"),
    EDITOR("Editor"),
    HOSTING_INSTITUTION("HostingInstitution"),
    OTHER("Other"),
    PRODUCER("Producer"),
    PROJECT_LEADER("ProjectLeader"),
    PROJECT_MANAGER("ProjectManager"),
    PROJECT_MEMBER("ProjectMember"),
    REGISTRATION_AGENCY("RegistrationAgency"),
    REGISTRATION_AUTHORITY("RegistrationAuthority"),
    RELATED_PERSON("RelatedPerson"),
    RESEARCH_GROUP("ResearchGroup"),
    RIGHTS_HOLDER("RightsHolder"),
    RESEARCHER("Researcher"),
    SPONSOR("Sponsor"),
    SUPERVISOR("Supervisor"),
    TRANSLATOR("Translator"),
    WORK_PACKAGE_LEADER("WorkPackageLeader");

    private final String xml;

    ContributorType(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }
}
