package org.ansoplatform.organizations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.web.SchemaOrg;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The directory’s schema.org markup: an Organization per page, the list as an ItemList of them. */
class DirectorySchemaOrgTests extends IntegrationTest {

    private static final String S = SchemaOrg.S;

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationManagement organizations;
    @Value("${anso.base-url}")
    String baseUrl;

    @Test
    void anOrganizationPageIsAnOrganizationWithItsCountryWebsiteAndRor() throws Exception {
        String name = "Schema Institute <b> " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = organizations.create(new OrganizationCommand(name, "Институт схем", "RU", OrganizationType.RESEARCH_INSTITUTE,
                OrganizationStatus.PARTNER, null, "https://institute.example.org", "https://ror.org/05qbk4x57"));
        String html = html("/directory/" + id);
        assertThat(html).as("no value closes the data block").doesNotContain("<b>");
        JsonNode organization = SchemaOrg.onlyBlock(html);
        assertThat(SchemaOrg.type(organization)).isEqualTo(S + "Organization");
        assertThat(organization.get("@id").asString()).isEqualTo(baseUrl + "/directory/" + id);
        assertThat(SchemaOrg.value(organization, "name")).isEqualTo(name);
        assertThat(SchemaOrg.value(organization, "alternateName")).isEqualTo("Институт схем");
        assertThat(SchemaOrg.value(organization, "url")).isEqualTo("https://institute.example.org");
        assertThat(SchemaOrg.value(organization, "sameAs")).isEqualTo("https://ror.org/05qbk4x57");
        JsonNode address = SchemaOrg.nodes(organization, "address").get(0);
        assertThat(SchemaOrg.type(address)).isEqualTo(S + "PostalAddress");
        assertThat(SchemaOrg.value(address, "addressCountry")).isEqualTo("RU");

        UUID plain = organizations.create(new OrganizationCommand("Plain Schema Centre " + UUID.randomUUID().toString().substring(0, 6),
                null, "KE", OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, null, null, null));
        JsonNode withoutRor = SchemaOrg.onlyBlock(html("/directory/" + plain));
        assertThat(SchemaOrg.value(withoutRor, "sameAs")).isNull();
        assertThat(SchemaOrg.value(withoutRor, "url")).as("the directory page stands in for a website").isEqualTo(baseUrl + "/directory/" + plain);
    }

    @Test
    void theDirectoryIsAnItemListOfTheOrganizationsShown() throws Exception {
        JsonNode list = SchemaOrg.onlyBlock(html("/directory?country=CN"));
        assertThat(SchemaOrg.type(list)).isEqualTo(S + "ItemList");
        List<JsonNode> items = SchemaOrg.nodes(list, "itemListElement");
        assertThat(items).isNotEmpty();
        assertThat(SchemaOrg.value(list, "numberOfItems")).isEqualTo(String.valueOf(items.size()));
        JsonNode first = items.get(0);
        assertThat(SchemaOrg.type(first)).isEqualTo(S + "ListItem");
        assertThat(SchemaOrg.value(first, "position")).isEqualTo("1");
        JsonNode organization = SchemaOrg.nodes(first, "item").get(0);
        assertThat(SchemaOrg.type(organization)).isEqualTo(S + "Organization");
        assertThat(SchemaOrg.value(SchemaOrg.nodes(organization, "address").get(0), "addressCountry")).isEqualTo("CN");
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
