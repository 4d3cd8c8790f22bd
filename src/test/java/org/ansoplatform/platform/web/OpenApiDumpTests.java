package org.ansoplatform.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class OpenApiDumpTests extends IntegrationTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void dump() throws Exception {
        Files.writeString(Path.of("target/api-docs.json"), mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        List<String> lines = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, method) -> lines.add(info + "\t" + method.getBeanType().getName() + "\t" + method.getMethod().getName()));
        Files.write(Path.of("target/handlers.txt"), lines);
    }
}
