package org.ansoplatform.review.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a reviewer pool of 40 experts at the member organizations of the directory (names drawn
 * for the organization's country, fields spread over the six areas the scholarship applicants come from),
 * including the demo account reviewer@example.org. Each expert without an account is invited (their
 * invitation waits in the outbox). Created once, when the pool is empty.
 */
@Component
class DemoReviewers {

    static final String DEMO_REVIEWER = "reviewer@example.org";
    static final int SIZE = 40;
    private static final Logger log = LoggerFactory.getLogger(DemoReviewers.class);

    private static final Map<String, String[][]> NAMES = Map.ofEntries(
            Map.entry("CN", new String[][] {{"Wei", "Li", "Min", "Jun", "Xiaoling", "Hong", "Yan"}, {"Zhang", "Wang", "Chen", "Liu", "Zhao", "Huang", "Zhou"}}),
            Map.entry("HK", new String[][] {{"Ka Wai", "Siu Ming", "Wing Yan"}, {"Chan", "Wong", "Leung"}}),
            Map.entry("RU", new String[][] {{"Alexei", "Elena", "Sergei", "Natalia"}, {"Ivanov", "Smirnova", "Kuznetsov", "Popova"}}),
            Map.entry("PK", new String[][] {{"Ayesha", "Imran", "Farah", "Kamran"}, {"Khan", "Ahmed", "Qureshi", "Malik"}}),
            Map.entry("EC", new String[][] {{"María José", "Andrés", "Gabriela"}, {"Andrade", "Salazar", "Cevallos"}}),
            Map.entry("CU", new String[][] {{"Yanet", "Osmany", "Dayana"}, {"Pérez", "Rodríguez", "Fonseca"}}),
            Map.entry("RS", new String[][] {{"Milica", "Nikola", "Jelena"}, {"Jovanović", "Petrović", "Nikolić"}}),
            Map.entry("AR", new String[][] {{"Lucía", "Martín", "Valeria"}, {"González", "Fernández", "Romero"}}),
            Map.entry("MY", new String[][] {{"Nurul", "Ahmad", "Siti"}, {"Abdullah", "Ismail", "Rahman"}}),
            Map.entry("ES", new String[][] {{"Carmen", "Javier", "Laura"}, {"García", "Martínez", "López"}}),
            Map.entry("KE", new String[][] {{"Wanjiru", "Otieno", "Akinyi"}, {"Kamau", "Odhiambo", "Mwangi"}}),
            Map.entry("KR", new String[][] {{"Ji-won", "Min-jun", "Seo-yeon"}, {"Kim", "Lee", "Park"}}),
            Map.entry("PL", new String[][] {{"Anna", "Piotr", "Katarzyna"}, {"Nowak", "Kowalski", "Wiśniewska"}}),
            Map.entry("HU", new String[][] {{"Zsófia", "Balázs", "Eszter"}, {"Nagy", "Kovács", "Tóth"}}),
            Map.entry("KG", new String[][] {{"Aigerim", "Nurlan", "Gulnara"}, {"Asanov", "Bekova", "Toktogulov"}}),
            Map.entry("TH", new String[][] {{"Somchai", "Suda", "Niran"}, {"Srisuk", "Chaiyaporn", "Wongsa"}}),
            Map.entry("UZ", new String[][] {{"Dilnoza", "Bekzod", "Malika"}, {"Karimov", "Yusupova", "Rakhimov"}}),
            Map.entry("IT", new String[][] {{"Giulia", "Marco", "Chiara"}, {"Rossi", "Bianchi", "Romano"}}),
            Map.entry("CH", new String[][] {{"Lukas", "Sophie", "Nicolas"}, {"Müller", "Meier", "Favre"}}),
            Map.entry("GB", new String[][] {{"Oliver", "Amelia", "Harriet"}, {"Smith", "Taylor", "Evans"}}),
            Map.entry("US", new String[][] {{"Emily", "Michael", "Sarah"}, {"Johnson", "Williams", "Brown"}}),
            Map.entry("*", new String[][] {{"Amina", "Daniel", "Leila", "Samuel", "Nadia", "Tomás"}, {"Hassan", "Okafor", "Mensah", "Novak", "Silva", "Rahimi"}}));

    private static final Map<String, String[]> LANGUAGES = Map.of("CN", new String[] {"zh", "en"}, "HK", new String[] {"zh", "en"},
            "RU", new String[] {"ru", "en"}, "EC", new String[] {"es", "en"}, "CU", new String[] {"es", "en"}, "AR", new String[] {"es", "en"},
            "ES", new String[] {"es", "en"}, "KG", new String[] {"ru", "ky", "en"}, "UZ", new String[] {"uz", "ru", "en"});

    /** Areas weighted like the applicants' fields of study: engineering and natural sciences most. */
    private static final String[] AREAS = {"1", "1", "1", "2", "2", "2", "2", "3", "3", "4", "4", "5", "5", "6"};
    private static final Map<String, String[]> FIELDS = Map.of(
            "1", new String[] {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"},
            "2", new String[] {"2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11"},
            "3", new String[] {"3.1", "3.2", "3.3", "3.4", "3.5"}, "4", new String[] {"4.1", "4.2", "4.3", "4.4", "4.5"},
            "5", new String[] {"5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9"}, "6", new String[] {"6.1", "6.2", "6.3", "6.4", "6.5"});

    private final ReviewerPool reviewers;
    private final AccountQueries accounts;
    private final OrganizationQueries organizations;
    private final DemoMode demoMode;
    private final TransactionTemplate transactions;

    DemoReviewers(ReviewerPool reviewers, AccountQueries accounts, OrganizationQueries organizations, DemoMode demoMode,
            TransactionTemplate transactions) {
        this.reviewers = reviewers;
        this.accounts = accounts;
        this.organizations = organizations;
        this.demoMode = demoMode;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(45)
    void onReady() {
        if (!demoMode.enabled() || !reviewers.list(null).isEmpty()) {
            return;
        }
        List<OrganizationView> members = organizations.search(OrganizationQueries.Filter.none(), new PageRequest(0, 200)).items().stream()
                .filter(o -> o.status() == OrganizationStatus.MEMBER && o.country() != null).toList();
        Random random = new Random(20211009L);
        List<ReviewerCommand> pool = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            OrganizationView at = members.isEmpty() ? null : members.get((i * 7) % members.size());
            String country = at == null ? "CN" : at.country();
            String[][] names = NAMES.getOrDefault(country, NAMES.get("*"));
            String name = names[0][random.nextInt(names[0].length)] + " " + names[1][random.nextInt(names[1].length)];
            String area = AREAS[i % AREAS.length];
            String[] areaFields = FIELDS.get(area);
            List<String> fields = new ArrayList<>();
            fields.add(area);
            int count = 1 + random.nextInt(3);
            for (int f = 0; f < count; f++) {
                String field = areaFields[random.nextInt(areaFields.length)];
                if (!fields.contains(field)) {
                    fields.add(field);
                }
            }
            String email = i == 0 ? DEMO_REVIEWER
                    : mailbox(name) + "." + (i + 1) + "@reviewers.example.org";
            List<String> languages = List.of(LANGUAGES.getOrDefault(country, new String[] {"en"}));
            pool.add(new ReviewerCommand(email, i == 0 ? "Demo reviewer" : "Prof. " + name, at == null ? "" : at.name(), country,
                    languages, fields, 30 + 5 * random.nextInt(3)));
        }
        transactions.executeWithoutResult(status -> pool.forEach(command -> {
            if (accounts.idOf(command.email()).flatMap(reviewers::ofPerson).isEmpty()) {
                reviewers.add(command);
            }
        }));
        log.info("Demo reviewers: {} experts in the pool", pool.size());
    }

    /** jovanović, maría josé → jovanovic, maria.jose: accents dropped, one dot between words, none at the ends. */
    static String mailbox(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
    }
}
