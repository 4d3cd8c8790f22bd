package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.ansoplatform.platform.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

/** While demo accounts exist the server is reachable from this machine only, unless the operator knowingly says otherwise. */
@ExtendWith(OutputCaptureExtension.class)
class DemoListenAddressTests {

    @Test
    void aDemoListensOnLoopbackWhenNoAddressIsConfigured() {
        TomcatServletWebServerFactory factory = customized(true, new MockEnvironment(), null);
        assertThat(factory.getAddress()).isNotNull().matches(InetAddress::isLoopbackAddress);
    }

    @Test
    void aDemoIgnoresAPublicAddressWithoutTheOverrideAndSaysWhy(CapturedOutput output) throws Exception {
        TomcatServletWebServerFactory factory = customized(true,
                new MockEnvironment().withProperty("server.address", "0.0.0.0"), InetAddress.getByName("0.0.0.0"));
        assertThat(factory.getAddress()).matches(InetAddress::isLoopbackAddress);
        assertThat(output).contains("loopback interface only", "anso.demo.allow-remote");
    }

    @Test
    void theKnowingOverrideKeepsThePublicAddressAndWarnsOfTheRisk(CapturedOutput output) throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", "0.0.0.0")
                .withProperty("anso.demo.allow-remote", "true");
        TomcatServletWebServerFactory factory = customized(true, environment, InetAddress.getByName("0.0.0.0"));
        assertThat(factory.getAddress().getHostAddress()).isEqualTo("0.0.0.0");
        assertThat(output).contains("published password", "anyone who can reach this server can sign in as administrator");
    }

    @Test
    void withoutDemoTheConfiguredAddressStands(CapturedOutput output) {
        TomcatServletWebServerFactory factory = customized(false, new MockEnvironment(), null);
        assertThat(factory.getAddress()).isNull();
        assertThat(output).doesNotContain("Demo mode");
    }

    private static TomcatServletWebServerFactory customized(boolean demo, MockEnvironment environment, InetAddress configured) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        factory.setAddress(configured);
        new DemoListenAddress(new DemoMode(demo), environment).customize(factory);
        return factory;
    }
}
