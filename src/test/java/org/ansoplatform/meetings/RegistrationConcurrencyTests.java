package org.ansoplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The burst (2,000 registrations for 1,700 places) scaled down by ten to keep the build fast: 200
 * registrations for 170 places, released at once from 16 threads. The full size runs against a live instance
 * in bench/meetings-registrations.sh.
 */
class RegistrationConcurrencyTests extends IntegrationTest {

    static final int CAPACITY = 170;
    static final int REGISTRATIONS = 200;
    static final int THREADS = 16;

    @Autowired
    MeetingManagement management;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    RegistrationQueries registrationQueries;

    @Test
    void exactlyCapacityConfirmedTheRestWaitingInArrivalOrderNoneLost() throws Exception {
        UUID id = management.create(TestMeetings.course("Burst course", CAPACITY, null, false, List.of()));
        String batch = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<RegistrationManagement.Registered>> results = new ArrayList<>();
        try {
            for (int i = 0; i < REGISTRATIONS; i++) {
                String email = "burst-" + batch + "-" + i + "@example.net";
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return registrations.register(id, TestMeetings.person("Burst " + email, email, "ET"), null);
                    } catch (RuntimeException e) {
                        failures.add(e);
                        throw e;
                    }
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("every registration answered").isEmpty();

        List<RegistrationView> all = registrationQueries.ofMeeting(id);
        assertThat(all).as("none lost").hasSize(REGISTRATIONS);
        assertThat(all.stream().map(RegistrationView::email).collect(Collectors.toSet())).hasSize(REGISTRATIONS);
        List<RegistrationView> confirmed = all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
        List<RegistrationView> waiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITING)
                .sorted(Comparator.comparingLong(RegistrationView::arrival)).toList();
        assertThat(confirmed).hasSize(CAPACITY);
        assertThat(waiting).hasSize(REGISTRATIONS - CAPACITY);
        // places went to the first arrivals, and the waiting list is numbered in arrival order
        long lastConfirmed = confirmed.stream().mapToLong(RegistrationView::arrival).max().orElseThrow();
        assertThat(waiting).allMatch(r -> r.arrival() > lastConfirmed);
        for (int i = 0; i < waiting.size(); i++) {
            assertThat(waiting.get(i).position()).isEqualTo(i + 1);
        }
        // what each person was told is what was stored
        for (Future<RegistrationManagement.Registered> result : results) {
            RegistrationManagement.Registered registered = result.get();
            RegistrationView stored = all.stream().filter(r -> r.id().equals(registered.id())).findFirst().orElseThrow();
            assertThat(registered.status()).isEqualTo(stored.status());
        }

        // three places free up at once: the first three of the waiting list get them, in order
        for (RegistrationView leaving : confirmed.subList(0, 3)) {
            registrations.cancelAsSecretariat(leaving.id());
        }
        Set<UUID> promoted = waiting.subList(0, 3).stream().map(RegistrationView::id).collect(Collectors.toSet());
        List<RegistrationView> after = registrationQueries.ofMeeting(id);
        assertThat(after.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)).hasSize(CAPACITY);
        assertThat(after.stream().filter(r -> promoted.contains(r.id()))).allMatch(r -> r.status() == RegistrationStatus.CONFIRMED);
        assertThat(after.stream().filter(r -> r.id().equals(waiting.get(3).id())).findFirst().orElseThrow().position()).isEqualTo(1);
    }

    @Test
    void theSameAddressRacingTwiceIsRegisteredOnce() throws Exception {
        UUID id = management.create(TestMeetings.course("Race course", 50, null, false, List.of()));
        String email = TestMeetings.email("race");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    registrations.register(id, TestMeetings.person("Racer", email, "CN"), null);
                    return true;
                } catch (org.ansoplatform.platform.InvalidInputException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        long accepted = 0;
        for (Future<Boolean> outcome : outcomes) {
            accepted += outcome.get() ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(1);
        assertThat(registrationQueries.ofMeeting(id)).hasSize(1);
    }
}
