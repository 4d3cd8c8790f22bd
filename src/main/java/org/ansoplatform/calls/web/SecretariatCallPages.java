package org.ansoplatform.calls.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Calls;
import org.ansoplatform.calls.Selections;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.Track;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Secretariat builds calls in the browser: the call's facts, tracks and hosts in fields (with blank
 * rows to add more), the form and eligibility rules as JSON checked on save (every problem reported next to its field), and last
 * year's call cloned as the start of this year's.
 */
@Controller
class SecretariatCallPages {

    /** The edit form as posted: texts as typed, so a refused form comes back exactly as it was. */
    public static class CallForm {
        public String programmeCode = "", code = "", referencePrefix = "", titleEn = "", titleZh = "", descriptionEn = "",
                descriptionZh = "", zone = "Asia/Shanghai", opens = "", closes = "", status = "DRAFT",
                form = "{\"sections\": []}", eligibility = "[]";
        public int refereeCount;
        public int nominationQuota;
        public int version;

        public String getProgrammeCode() { return programmeCode; }
        public void setProgrammeCode(String value) { programmeCode = value; }
        public String getCode() { return code; }
        public void setCode(String value) { code = value; }
        public String getReferencePrefix() { return referencePrefix; }
        public void setReferencePrefix(String value) { referencePrefix = value; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String value) { titleEn = value; }
        public String getTitleZh() { return titleZh; }
        public void setTitleZh(String value) { titleZh = value; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String value) { descriptionEn = value; }
        public String getDescriptionZh() { return descriptionZh; }
        public void setDescriptionZh(String value) { descriptionZh = value; }
        public String getZone() { return zone; }
        public void setZone(String value) { zone = value; }
        public String getOpens() { return opens; }
        public void setOpens(String value) { opens = value; }
        public String getCloses() { return closes; }
        public void setCloses(String value) { closes = value; }
        public String getStatus() { return status; }
        public void setStatus(String value) { status = value; }
        public List<Row> tracks = new ArrayList<>();
        public List<Row> hosts = new ArrayList<>();
        public List<Row> getTracks() { return tracks; }
        public void setTracks(List<Row> value) { tracks = value; }
        public List<Row> getHosts() { return hosts; }
        public void setHosts(List<Row> value) { hosts = value; }

        /** Blank rows after the existing ones, so that the Secretariat can add tracks and hosts without JavaScript. */
        void padRows() {
            while (tracks.stream().filter(Row::blank).count() < 2) {
                tracks.add(new Row());
            }
            while (hosts.stream().filter(Row::blank).count() < 2) {
                hosts.add(new Row());
            }
        }

        public String getForm() { return form; }
        public void setForm(String value) { form = value; }
        public String getEligibility() { return eligibility; }
        public void setEligibility(String value) { eligibility = value; }
        public int getRefereeCount() { return refereeCount; }
        public void setRefereeCount(int value) { refereeCount = value; }
        public int getNominationQuota() { return nominationQuota; }
        public void setNominationQuota(int value) { nominationQuota = value; }
        public int getVersion() { return version; }
        public void setVersion(int value) { version = value; }
    }

    /** A track (code, names, award quota) or a host (code, names, kind, capacity) as typed. */
    public static class Row {
        public String code = "", nameEn = "", nameZh = "", kind = "UNIVERSITY", number = "";

        public String getCode() { return code; }
        public void setCode(String value) { code = value == null ? "" : value; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String value) { nameEn = value == null ? "" : value; }
        public String getNameZh() { return nameZh; }
        public void setNameZh(String value) { nameZh = value == null ? "" : value; }
        public String getKind() { return kind; }
        public void setKind(String value) { kind = value == null ? "" : value; }
        public String getNumber() { return number; }
        public void setNumber(String value) { number = value == null ? "" : value; }

        boolean blank() {
            return code.isBlank() && nameEn.isBlank() && nameZh.isBlank() && number.isBlank();
        }

        static Row of(String code, LocalizedText name, String kind, int number) {
            Row row = new Row();
            row.code = code;
            row.nameEn = name.get("en");
            row.nameZh = name.get("zh");
            row.kind = kind;
            row.number = String.valueOf(number);
            return row;
        }
    }

    private final Calls calls;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Selections selections;

    SecretariatCallPages(Calls calls, JsonMapper json, MessageSource messages, Selections selections) {
        this.calls = calls;
        this.json = json;
        this.messages = messages;
        this.selections = selections;
    }

    @GetMapping("/secretariat/calls")
    String list(Model model) {
        model.addAttribute("calls", calls.all());
        return "calls/secretariat/calls";
    }

    @GetMapping("/secretariat/calls/new")
    String create(Model model) {
        return edit(null, new CallForm(), Map.of(), model);
    }

    @PostMapping("/secretariat/calls/new")
    String create(@ModelAttribute CallForm form, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            UUID id = calls.create(definition(form));
            redirect.addFlashAttribute("flashSuccess", "calls.secretariat.saved");
            return "redirect:/secretariat/calls/" + id;
        } catch (InvalidInputException refusal) {
            return edit(null, form, FormErrors.byField(refusal, messages, locale), model);
        }
    }

    @GetMapping("/secretariat/calls/{id}")
    String edit(@PathVariable String id, Model model) {
        CallView call = calls.any(CallPages.uuid(id));
        return edit(call, form(call), Map.of(), model);
    }

    @PostMapping("/secretariat/calls/{id}")
    String save(@PathVariable String id, @ModelAttribute CallForm form, Locale locale, Model model, RedirectAttributes redirect) {
        CallView call = calls.any(CallPages.uuid(id));
        try {
            calls.update(call.id(), definition(form), form.version);
            redirect.addFlashAttribute("flashSuccess", "calls.secretariat.saved");
            return "redirect:/secretariat/calls/" + call.id();
        } catch (InvalidInputException refusal) {
            return edit(call, form, FormErrors.byField(refusal, messages, locale), model);
        }
    }

    @PostMapping("/secretariat/calls/{id}/clone")
    String cloneCall(@PathVariable String id, RedirectAttributes redirect) {
        UUID copy = calls.cloneAsNextRound(CallPages.uuid(id));
        redirect.addFlashAttribute("flashSuccess", "calls.secretariat.cloned");
        return "redirect:/secretariat/calls/" + copy;
    }

    private String edit(CallView call, CallForm form, Map<String, List<String>> errors, Model model) {
        form.padRows();
        model.addAttribute("call", call);
        model.addAttribute("hostKinds", Host.Kind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", CallStatus.values());
        if (call != null) {
            model.addAttribute("selectionRules", selections.rulesJson(call.id()));
        }
        return "calls/secretariat/edit";
    }

    private CallForm form(CallView call) {
        CallDefinition definition = call.definition();
        CallForm form = new CallForm();
        form.programmeCode = definition.programmeCode();
        form.code = definition.code();
        form.referencePrefix = definition.referencePrefix();
        form.titleEn = definition.title().get("en");
        form.titleZh = definition.title().get("zh");
        form.descriptionEn = definition.description().get("en");
        form.descriptionZh = definition.description().get("zh");
        form.zone = definition.zone().getId();
        form.opens = definition.opens().toString();
        form.closes = definition.closes().toString();
        form.status = definition.status().name();
        form.refereeCount = definition.refereeCount();
        form.nominationQuota = definition.nominationQuota();
        definition.tracks().forEach(track -> form.tracks.add(Row.of(track.code(), track.name(), "", track.awardQuota())));
        definition.hosts().forEach(host -> form.hosts.add(Row.of(host.code(), host.name(), host.kind().name(), host.capacity())));
        form.form = json.writerWithDefaultPrettyPrinter().writeValueAsString(definition.form());
        form.eligibility = json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(definition.eligibility()));
        form.version = call.version();
        return form;
    }

    /** Reads the posted form; what cannot even be read is refused here, the rest is checked by {@link Calls}. */
    private CallDefinition definition(CallForm form) {
        List<Violation> problems = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(form.zone.strip());
        } catch (RuntimeException e) {
            problems.add(new Violation("zone", "calls.secretariat.badZone"));
        }
        LocalDateTime opens = dateTime(form.opens, "opens", problems);
        LocalDateTime closes = dateTime(form.closes, "closes", problems);
        CallStatus status = null;
        try {
            status = CallStatus.valueOf(form.status);
        } catch (RuntimeException e) {
            problems.add(new Violation("status", "calls.call.statusRequired"));
        }
        List<Track> tracks = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        for (Row row : form.tracks) {
            if (!row.blank()) {
                tracks.add(new Track(row.code.strip(), LocalizedText.of(row.nameEn, row.nameZh), number(row.number, "tracks", problems)));
            }
        }
        for (Row row : form.hosts) {
            if (!row.blank()) {
                Host.Kind kind = null;
                try {
                    kind = Host.Kind.valueOf(row.kind);
                } catch (IllegalArgumentException e) {
                    problems.add(new Violation("hosts", "calls.call.badTrackOrHost"));
                }
                hosts.add(new Host(row.code.strip(), LocalizedText.of(row.nameEn, row.nameZh), kind, number(row.number, "hosts", problems)));
            }
        }
        ApplicationForm applicationForm = read(form.form, new TypeReference<ApplicationForm>() { }, "form", problems);
        try {
            json.readTree(form.eligibility);
        } catch (JacksonException e) {
            problems.add(jsonProblem("eligibility", e));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CallDefinition(form.programmeCode.strip(), form.code.strip(), form.referencePrefix.strip(),
                LocalizedText.of(form.titleEn, form.titleZh), LocalizedText.of(form.descriptionEn, form.descriptionZh), zone, opens,
                closes, status, form.refereeCount, form.nominationQuota, tracks, hosts, applicationForm, form.eligibility);
    }

    private static int number(String text, String field, List<Violation> problems) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Violation(field, "calls.secretariat.badNumber"));
            return 0;
        }
    }

    private static LocalDateTime dateTime(String text, String field, List<Violation> problems) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            problems.add(new Violation(field, "calls.secretariat.badDateTime"));
            return null;
        }
    }

    private <T> T read(String text, TypeReference<T> type, String field, List<Violation> problems) {
        try {
            return json.readValue(text, type);
        } catch (JacksonException e) {
            problems.add(jsonProblem(field, e));
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(field, "calls.secretariat.badStructure"));
            return null;
        }
    }

    /** Where the JSON went wrong, without the parser's internals. */
    private static Violation jsonProblem(String field, JacksonException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? new Violation(field, "calls.secretariat.badStructure")
                : new Violation(field, "calls.secretariat.badJson", location.getLineNr(), location.getColumnNr());
    }
}
