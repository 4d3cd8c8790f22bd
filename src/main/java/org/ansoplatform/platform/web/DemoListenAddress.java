package org.ansoplatform.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.ansoplatform.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo accounts have a published password, so a demo listens on the loopback interface only: anyone who can
 * reach the port can sign in as administrator. {@code anso.demo.allow-remote=true} is the operator's knowing
 * override, and even then every start says so in the log. Runs after Boot's own customizer, which applies
 * {@code server.address}.
 */
@Component
class DemoListenAddress implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoListenAddress.class);

    private final DemoMode demoMode;
    private final Environment environment;

    DemoListenAddress(DemoMode demoMode, Environment environment) {
        this.demoMode = demoMode;
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (!demoMode.enabled()) {
            return;
        }
        InetAddress configured = configuredAddress();
        if (configured != null && configured.isLoopbackAddress()) {
            return;
        }
        String where = configured == null ? "every network interface" : configured.getHostAddress();
        if (environment.getProperty("anso.demo.allow-remote", Boolean.class, false)) {
            log.warn("Demo mode on {}: the demo accounts (admin@example.org and the others) have the published password "
                    + "anso-demo-2026, so anyone who can reach this server can sign in as administrator and read or change "
                    + "everything. Never use a demo for real data.", where);
            return;
        }
        factory.setAddress(InetAddress.getLoopbackAddress());
        log.warn("Demo mode: listening on the loopback interface only, not on {}, because the demo accounts have a published "
                + "password. Start without --anso.demo=true for real use; set anso.demo.allow-remote=true only to show a "
                + "demo to others, knowing that anyone who reaches it can sign in as administrator.", where);
    }

    private InetAddress configuredAddress() {
        String address = environment.getProperty("server.address");
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            return InetAddress.getByName(address.strip());
        } catch (UnknownHostException e) {
            // Boot's own binding of server.address reports the bad value; here it only must not pass as loopback
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
