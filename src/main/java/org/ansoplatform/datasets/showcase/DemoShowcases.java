package org.ansoplatform.datasets.showcase;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.datasets.deposit.DatasetPublishing;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.RecordRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two applications the seeds name, through the module's commands, once, after the projects' demo (order 50) and
 * the publications' (70): the CropWatch Cloud of the CropWatch-ICP project (seed 002: "through the support of the
 * CropWatch Cloud") and the ANSO Pandemic Forecast Information Platform (seed 002 lists its monthly and weekly
 * reports), placed with ANSO-MISSPAD, the forecasting project. Their texts beyond the names, their addresses and the
 * project of the second are illustrative, and say so; each has one screenshot drawn here, clearly a placeholder. Each
 * names the demo datasets of its project (order 95): the CropWatch bulletins, the MISSPAD forecasts.
 */
@Component
class DemoShowcases {

    static final String NOTE = "Illustrative: the seeds name the application; its description, address and screenshot are invented.";
    private static final Logger log = LoggerFactory.getLogger(DemoShowcases.class);

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final ShowcaseManagement management;
    private final ShowcaseStore store;
    private final ProjectQueries projects;
    private final AccountQueries accounts;
    private final DatasetQueries datasets;
    private final Clock clock;

    DemoShowcases(DemoMode demoMode, TransactionTemplate transactions, ShowcaseManagement management, ShowcaseStore store,
            ProjectQueries projects, AccountQueries accounts, DatasetQueries datasets, Clock clock) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.management = management;
        this.store = store;
        this.projects = projects;
        this.accounts = accounts;
        this.datasets = datasets;
        this.clock = clock;
    }

    record Demo(String link, LocalizedText title, LocalizedText description, ShowcaseKind kind, ShowcaseTheme theme, String project) {
    }

    static final List<Demo> DEMOS = List.of(
            new Demo("https://cropwatch.example.org/", LocalizedText.of(Map.of(
                    "en", "CropWatch Cloud", "zh", "CropWatch 云平台", "ru", "Облако CropWatch", "es", "CropWatch Cloud",
                    "fr", "CropWatch Cloud")),
                    LocalizedText.of(Map.of(
                            "en", "A cloud platform for agricultural monitoring: crop condition, cropped area and production "
                                    + "estimates from remote sensing, which partner countries of the CropWatch Innovative "
                                    + "Cooperation Programme use to close information gaps on food security.",
                            "zh", "农业监测云平台：基于遥感的作物长势、种植面积与产量估算，CropWatch 创新合作计划的合作国家用以弥补粮食安全信息缺口。",
                            "ru", "Облачная платформа агромониторинга: состояние посевов, посевные площади и оценки урожая по "
                                    + "данным дистанционного зондирования для стран-партнёров программы CropWatch.",
                            "es", "Plataforma en la nube de seguimiento agrícola: estado de los cultivos, superficie y "
                                    + "producción estimados por teledetección para los países socios del programa CropWatch.",
                            "fr", "Plateforme infonuagique de suivi agricole : état des cultures, surfaces et production "
                                    + "estimés par télédétection pour les pays partenaires du programme CropWatch.")),
                    ShowcaseKind.WEB_PLATFORM, ShowcaseTheme.AGRICULTURE_FOOD, "ANSO-CRP-2019-01"),
            new Demo("https://pandemic-forecast.example.org/", LocalizedText.of(Map.of(
                    "en", "ANSO Pandemic Forecast Information Platform", "zh", "ANSO 疫情预测信息平台",
                    "ru", "Информационная платформа ANSO по прогнозу пандемии",
                    "es", "Plataforma de información de ANSO sobre previsión de la pandemia",
                    "fr", "Plateforme d’information de l’ANSO sur la prévision de la pandémie")),
                    LocalizedText.of(Map.of(
                            "en", "Forecasts of the spread of COVID-19 by country, published as weekly and monthly reports "
                                    + "(39 weekly and 10 monthly reports by 2021), with the models and data behind them.",
                            "zh", "按国家预测新冠疫情传播，以周报和月报形式发布（截至2021年共39期周报和10期月报），并提供其模型与数据。",
                            "ru", "Прогнозы распространения COVID-19 по странам в еженедельных и ежемесячных отчётах "
                                    + "(к 2021 году 39 еженедельных и 10 ежемесячных), с моделями и данными.",
                            "es", "Previsiones de la propagación de la COVID-19 por país, publicadas en informes semanales y "
                                    + "mensuales (39 semanales y 10 mensuales hasta 2021), con sus modelos y datos.",
                            "fr", "Prévisions de la propagation de la COVID-19 par pays, publiées en rapports hebdomadaires et "
                                    + "mensuels (39 hebdomadaires et 10 mensuels jusqu’en 2021), avec leurs modèles et données.")),
                    ShowcaseKind.WEB_PLATFORM, ShowcaseTheme.HEALTH, "ANSO-CRP-2019-02"));

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        Integer added = transactions.execute(status -> load());
        if (added != null && added > 0) {
            log.info("Demo data: {} application showcase(s) from the seeds", added);
        }
    }

    int load() {
        Actor system = Actor.system(clock.instant());
        Optional<UUID> owner = accounts.idOf("secretariat@example.org");
        int added = 0;
        for (Demo demo : DEMOS) {
            if (store.exists(demo.link())) {
                continue;
            }
            Optional<UUID> projectId = projects.search(new ProjectQueries.Filter(demo.project(), null, null, null, null),
                    PageRequest.of(0, 5)).items().stream().filter(row -> demo.project().equals(row.code())).findFirst()
                    .map(ProjectQueries.Row::id);
            RecordRef project = projectId.map(ProjectQueries::ref).orElse(null);
            // the demo datasets of the same project (DemoDatasets, order 95): the CropWatch bulletins, the MISSPAD forecasts
            List<RecordRef> used = projectId.map(pid -> datasets.latestPublished(pid, clock.instant()).stream()
                    .map(v -> DatasetPublishing.conceptRef(v.datasetId())).toList()).orElse(List.of());
            UUID id = management.create(new ShowcaseCommand(demo.title(), demo.description(), demo.kind(), demo.theme(), demo.link(),
                    used, project, NOTE), system);
            owner.ifPresent(person -> screenshot(id, demo, new Actor(person, "system", null, system.at())));
            management.publish(id, system);
            added++;
        }
        return added;
    }

    private void screenshot(UUID id, Demo demo, Actor actor) {
        try {
            management.screenshot(id, "placeholder.png", new ByteArrayInputStream(placeholder(demo)),
                    "Placeholder screenshot of " + demo.title().get("en") + " (not the real application)", actor);
        } catch (RuntimeException | LinkageError e) {
            // a machine without fonts for Java2D: the showcase goes without its placeholder
            log.warn("Demo data: no placeholder screenshot for {}: {}", demo.link(), e.toString());
        }
    }

    /** A small PNG that says it is a placeholder, drawn now (no image is kept in the repository). */
    static byte[] placeholder(Demo demo) {
        BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xE8, 0xEE, 0xF4));
            g.fillRect(0, 0, 480, 270);
            g.setColor(new Color(0x1F, 0x4E, 0x79));
            g.fillRect(0, 0, 480, 36);
            g.setColor(new Color(0x9A, 0xA9, 0xB8));
            for (int x = 24; x < 456; x += 36) {
                int h = 40 + (x * 37 % 120);
                g.fillRect(x, 240 - h, 24, h);
            }
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(demo.title().get("en"), 12, 24);
            g.setColor(new Color(0x33, 0x33, 0x33));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
            g.drawString("PLACEHOLDER SCREENSHOT", 100, 130);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
