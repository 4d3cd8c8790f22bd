package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo accounts have a published password: a site has them only when its operator asked for a demo. */
class DemoSwitchTests {

    @Test
    void aStartWithoutTheDemoSwitchHasNoDemoEvenOnTheEmbeddedDatabase() {
        assertThat(new PlatformConfiguration().demoMode(new MockEnvironment()).enabled()).isFalse();
    }

    @Test
    void theDemoSwitchTurnsTheDemoOn() {
        MockEnvironment environment = new MockEnvironment().withProperty("anso.demo", "true");
        assertThat(new PlatformConfiguration().demoMode(environment).enabled()).isTrue();
    }
}
