package org.ansoplatform.partnerships.technology.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.accounts.DemoAccounts;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.partnerships.CooperationModel;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.IpStatus;
import org.ansoplatform.partnerships.TechnologyCommand;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Technology Transfer Platform's demo, through the module's own commands, once, in one transaction, after the
 * projects (order 65): two demo accounts, a research institutes' representative and a firm's, confirmed by the
 * Secretariat; the seeds' three technologies (the ZLIB-R1-500 equipment of the Kyrgyzstan water stations project, the
 * rice variety CIB/CAS licensed to Charoen Pokphand Produce, the recombinant protein COVID-19 vaccine registered in
 * Uzbekistan as ZF-UZ-VAC2001) and offers of the three ANSO Outreach collaborating institutions, marked illustrative
 * where the seeds give no detail; a request of the firm that matches the rice; an introduction forwarded by the
 * Secretariat and waiting for the owner to accept.
 */
@Component
class DemoTechnology {

    static final String INSTITUTE = "institute@example.org", FIRM = "firm@example.org";
    static final String XIEG = "Xinjiang Institute of Ecology and Geography, Chinese Academy of Sciences (XIEG)",
            CIB = "Chengdu Institute of Biology, Chinese Academy of Sciences (CIB)",
            IMCAS = "Institute of Microbiology, Chinese Academy of Sciences (IMCAS)",
            SUZHOU = "Suzhou Institute of Biomedical Engineering and Technology, Chinese Academy of Sciences",
            IPE = "Institute of Process Engineering, Chinese Academy of Sciences",
            TIB = "Tianjin Institute of Industrial Biotechnology, Chinese Academy of Sciences (TIB)",
            CPP = "Charoen Pokphand Produce Co., Ltd. (CPP)";
    private static final Logger log = LoggerFactory.getLogger(DemoTechnology.class);

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final DemoAccounts demoAccounts;
    private final AccountQueries accountQueries;
    private final OrganizationManagement organizations;
    private final OrganizationQueries organizationQueries;
    private final ProjectQueries projects;
    private final TechnologyRepresentativeManagement representatives;
    private final TechnologyOfferManagement offers;
    private final IntroductionManagement introductions;
    private final TechnologyQueries queries;
    private final Clock clock;

    DemoTechnology(DemoMode demoMode, TransactionTemplate transactions, DemoAccounts demoAccounts, AccountQueries accountQueries,
            OrganizationManagement organizations, OrganizationQueries organizationQueries, ProjectQueries projects,
            TechnologyRepresentativeManagement representatives, TechnologyOfferManagement offers,
            IntroductionManagement introductions, TechnologyQueries queries, Clock clock) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.demoAccounts = demoAccounts;
        this.accountQueries = accountQueries;
        this.organizations = organizations;
        this.organizationQueries = organizationQueries;
        this.projects = projects;
        this.representatives = representatives;
        this.offers = offers;
        this.introductions = introductions;
        this.queries = queries;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(65)
    void onReady() {
        if (!demoMode.enabled() || accountQueries.idOf(INSTITUTE).isPresent()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> load());
            log.info("Demo data: the Technology Transfer Platform's offers, a request and an introduction (partly illustrative)");
        } catch (InvalidInputException | IllegalStateException refused) {
            // the site starts without the platform's demo rather than not at all; the reason is in the log
            log.error("Demo data: technology transfer refused: {}", refused.getMessage());
        }
    }

    private void load() {
        Actor secretariat = Actor.system(clock.instant());
        UUID cpp = organizationQueries.byMention(CPP).map(OrganizationView::id).orElseGet(() -> organizations.create(
                new OrganizationCommand(CPP, "บริษัท เจริญโภคภัณฑ์ โปรดิวซ์ จำกัด", "TH", OrganizationType.COMPANY,
                        OrganizationStatus.PARTNER, null, null, null)));
        Map<String, UUID> institutes = new java.util.LinkedHashMap<>();
        for (String name : List.of(CIB, XIEG, IMCAS, SUZHOU, IPE, TIB)) {
            institutes.put(name, organizationQueries.byMention(name).map(OrganizationView::id)
                    .orElseThrow(() -> new IllegalStateException("not in the directory: " + name)));
        }
        Actor institute = person(INSTITUTE, "Demo research institutes’ representative", institutes.values(), secretariat,
                "Technology transfer office (illustrative)");
        Actor firm = person(FIRM, "Demo firm representative", List.of(cpp), secretariat, "Business development (illustrative)");

        UUID water = publish(institute, secretariat, offer(institutes.get(XIEG), "ZLIB-R1-500 water purification equipment",
                "ZLIB-R1-500 净水设备",
                "Purifies polluted and even slightly salty water for rural villages: with its filtration and adsorption system "
                        + "it removes bacteria, sediment, heavy metal ions and carcinogens that conventional methods cannot. "
                        + "Installed at the demonstration sites of the Kyrgyzstan water stations project, it serves more than "
                        + "15,000 people in 11 villages.", 9, "Installed and operating in 11 villages of Kyrgyzstan (seeds)",
                IpStatus.KNOW_HOW, List.of(TechnologySector.ENVIRONMENT_WATER), List.of(6), List.of("KG", "KZ", "UZ", "TJ"),
                List.of(CooperationModel.LICENCE, CooperationModel.TECHNICAL_ASSISTANCE), project("KG-WaterStations"),
                "ANSO-CRP-2019-03"));
        UUID rice = publish(institute, secretariat, offer(institutes.get(CIB), "Rice variety for Southeast and South Asia",
                "面向东南亚和南亚的水稻品种",
                "A rice variety of the Chengdu Institute of Biology whose right of use CIB/CAS granted to Charoen Pokphand "
                        + "Produce for promotion, application and market development in Southeast and South Asia, an agreement "
                        + "supported by ANSO-RWIT. Further licences for other regions are sought (illustrative).", 8,
                "Variety in use under the CIB/CAS–CPP agreement (seeds); the level is illustrative", IpStatus.KNOW_HOW,
                List.of(TechnologySector.AGRICULTURE_FOOD), List.of(2), List.of("TH", "VN", "LA", "KH", "PK", "BD", "LK"),
                List.of(CooperationModel.LICENCE), null, "ANSO-RWIT"));
        publish(institute, secretariat, offer(institutes.get(IMCAS), "Recombinant protein COVID-19 vaccine (ZF-UZ-VAC2001)",
                "重组蛋白新冠疫苗（ZF-UZ-VAC2001）",
                "A recombinant protein COVID-19 vaccine developed by CAS and produced by Anhui Zhifei Longcom "
                        + "Biopharmaceutical; certified in Uzbekistan on 2 March 2021 and registered as ZF-UZ-VAC2001 for "
                        + "emergency use, after Phase III trials ANSO helped organize. Production partnerships abroad are "
                        + "sought (illustrative).", 9, "Registered for emergency use in Uzbekistan (seeds)", IpStatus.KNOW_HOW,
                List.of(TechnologySector.HEALTH_MEDICINE, TechnologySector.BIOTECHNOLOGY), List.of(3),
                List.of("UZ", "PK", "ID", "EC"), List.of(CooperationModel.JOINT_VENTURE, CooperationModel.LICENCE), null, ""));
        publish(institute, secretariat, offer(institutes.get(SUZHOU), "Low-cost point-of-care diagnostic device",
                "低成本即时诊断设备", "Illustrative: a portable, user-friendly diagnostic device of the kind ANSO Outreach "
                        + "presents; the seeds name the institute, not the product.", 7, "Illustrative", IpStatus.KNOW_HOW,
                List.of(TechnologySector.HEALTH_MEDICINE), List.of(3), List.of(), List.of(CooperationModel.LICENCE), null, ""));
        publish(institute, secretariat, offer(institutes.get(IPE), "Clean process for recovering metals from industrial waste",
                "工业废料中金属回收的清洁工艺", "Illustrative: a practical, low-cost process technology of the kind ANSO "
                        + "Outreach presents; the seeds name the institute, not the product.", 6, "Illustrative",
                IpStatus.KNOW_HOW, List.of(TechnologySector.MATERIALS_CHEMISTRY, TechnologySector.ENVIRONMENT_WATER),
                List.of(9, 12), List.of(), List.of(CooperationModel.COOPERATION), null, ""));
        UUID tib = publish(institute, secretariat, offer(institutes.get(TIB), "Enzymes for bio-based feed and food ingredients",
                "生物基饲料和食品配料用酶", "Illustrative: an industrial biotechnology of the kind taught at TIB’s training "
                        + "course on industrial synthetic biotechnology in December 2021; the seeds do not describe a product.",
                6, "Illustrative", IpStatus.KNOW_HOW, List.of(TechnologySector.BIOTECHNOLOGY, TechnologySector.AGRICULTURE_FOOD),
                List.of(2, 9), List.of(), List.of(CooperationModel.LICENCE, CooperationModel.COOPERATION), null, ""));

        UUID need = offers.draft(new TechnologyCommand(TechnologyKind.REQUEST, cpp,
                LocalizedText.of("Rice varieties tolerant to drought for Thailand", "适应泰国干旱的水稻品种"),
                LocalizedText.of("Illustrative: the firm seeks rice varieties ready for field use in Thailand’s dry regions, "
                        + "to license or develop together.", null), null, null, null, 6, null, null, null,
                List.of(TechnologySector.AGRICULTURE_FOOD), List.of(2, 13), List.of("TH"),
                List.of(CooperationModel.LICENCE, CooperationModel.COOPERATION), new BigDecimal("50000"),
                new BigDecimal("250000"), "USD"), true, firm);
        offers.submit(need, firm);
        offers.publish(need, secretariat);

        // an introduction in progress: the firm's interest in TIB's enzymes, forwarded, awaiting the institute's answer
        UUID interest = introductions.express(tib, cpp, "Illustrative: interested in feed ingredients for our farms.", true, firm);
        introductions.forward(interest, "", secretariat);
        if (queries.byId(water).isEmpty() || queries.byId(rice).isEmpty()) {
            throw new IllegalStateException("the demo offers were not stored");
        }
    }

    private Actor person(String email, String name, java.util.Collection<UUID> organizationIds, Actor secretariat, String position) {
        UUID id = demoAccounts.ensure(email, name, EnumSet.of(Role.APPLICANT));
        Actor actor = new Actor(id, email, null, clock.instant());
        for (UUID organization : organizationIds) {
            representatives.confirm(representatives.request(organization, position, "", actor), secretariat);
        }
        return actor;
    }

    private UUID publish(Actor owner, Actor secretariat, TechnologyCommand command) {
        UUID id = offers.draft(command, true, owner);
        offers.submit(id, owner);
        offers.publish(id, secretariat);
        return id;
    }

    private UUID project(String acronym) {
        return projects.search(new ProjectQueries.Filter(acronym, null, null, null, null), PageRequest.of(0, 5)).items().stream()
                .filter(p -> acronym.equals(p.acronym())).map(ProjectQueries.Row::id).findFirst().orElse(null);
    }

    private static TechnologyCommand offer(UUID organization, String title, String chinese, String summary, int trl,
            String evidence, IpStatus ip, List<TechnologySector> sectors, List<Integer> sdgs, List<String> countries,
            List<CooperationModel> models, UUID project, String reference) {
        return new TechnologyCommand(TechnologyKind.OFFER, organization, LocalizedText.of(title, chinese),
                LocalizedText.of(summary, null), "", project, reference, trl, evidence, ip, "", sectors, sdgs, countries, models,
                null, null, null);
    }
}
