package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LinkSecretsTests {

    @Test
    void secretsCarry256RandomBitsInUrlSafeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = LinkSecrets.newSecret();
            assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void onlyTheSha256OfASecretIsStored() {
        assertThat(LinkSecrets.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(LinkSecrets.hash(LinkSecrets.newSecret())).hasSize(64).matches("[0-9a-f]+");
    }
}
