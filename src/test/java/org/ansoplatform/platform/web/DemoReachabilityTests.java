package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The test platform holds the demo accounts, so another machine must not reach it: only loopback answers. */
class DemoReachabilityTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aDemoDoesNotAnswerOnThisMachinesNetworkAddress() throws Exception {
        Optional<InetAddress> network = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(networkInterface -> !isLoopback(networkInterface))
                .flatMap(networkInterface -> Collections.list(networkInterface.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLinkLocalAddress())
                .findFirst();
        assumeThat(network).as("this machine has a network address besides loopback").isPresent();
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(network.get(), port), 2000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    private static boolean isLoopback(NetworkInterface networkInterface) {
        try {
            return networkInterface.isLoopback() || !networkInterface.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }
}
