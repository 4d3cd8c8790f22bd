package org.ansoplatform.datasets.harvest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.ansoplatform.datasets.harvest.OaiException.Code;

/**
 * One request's arguments, checked as OAI-PMH 2.0 asks: the verb present, legal and alone (else badVerb); every other
 * argument known to the verb, given once, the required ones present, a resumption token alone (else badArgument);
 * dates in either granularity but both in the same one, {@code from} not after {@code until} ({@code until} inclusive:
 * a day means its last second).
 */
final class OaiArguments {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The request's verb and its arguments in the order given (echoed in the response's request element). */
    record Parsed(OaiVerb verb, Map<String, String> arguments) {

        String get(String name) {
            return arguments.get(name);
        }
    }

    private OaiArguments() {
    }

    /** The verb's name as given, when it was given once (for the request element of an error about the other arguments). */
    static Parsed parse(Map<String, String[]> parameters) {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length == 0) {
            throw new OaiException(Code.BAD_VERB, "The verb argument is missing.");
        }
        if (verbs.length > 1) {
            throw new OaiException(Code.BAD_VERB, "The verb argument is repeated.");
        }
        OaiVerb verb = OaiVerb.of(verbs[0]).orElseThrow(() -> new OaiException(Code.BAD_VERB, "Not a legal OAI-PMH verb."));
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!verb.allowed().contains(name)) {
                throw new OaiException(Code.BAD_ARGUMENT, "The argument " + OaiXml.legal(name) + " is not allowed with " + verb.xml() + ".");
            }
            if (parameter.getValue().length != 1) {
                throw new OaiException(Code.BAD_ARGUMENT, "The argument " + name + " is repeated.");
            }
            arguments.put(name, parameter.getValue()[0]);
        }
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                throw new OaiException(Code.BAD_ARGUMENT, "A resumptionToken is the only argument beside the verb.");
            }
        } else {
            for (String required : verb.required()) {
                if (!arguments.containsKey(required) || arguments.get(required).isEmpty()) {
                    throw new OaiException(Code.BAD_ARGUMENT, "The argument " + required + " is required with " + verb.xml() + ".");
                }
            }
        }
        if (arguments.containsKey("from") || arguments.containsKey("until")) {
            String from = arguments.get("from");
            String until = arguments.get("until");
            if (from != null && until != null && from.length() != until.length()) {
                throw new OaiException(Code.BAD_ARGUMENT, "The from and until arguments have different granularities.");
            }
            if (from(from).isAfter(until(until))) {
                throw new OaiException(Code.BAD_ARGUMENT, "The from argument is later than the until argument.");
            }
        }
        if (arguments.containsKey("set") && !arguments.get("set").matches("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*")) {
            throw new OaiException(Code.BAD_ARGUMENT, "The set argument is not a setSpec.");
        }
        return new Parsed(verb, arguments);
    }

    /** The first instant a {@code from} argument admits (the earliest possible when absent). */
    static Instant from(String value) {
        return value == null ? EARLIEST : instant(value, false);
    }

    /** The last instant an {@code until} argument admits: a day's last second (the latest possible when absent). */
    static Instant until(String value) {
        return value == null ? LATEST : instant(value, true);
    }

    private static Instant instant(String value, boolean endOfDay) {
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (SECOND.matcher(value).matches()) {
                return Instant.parse(value);
            }
        } catch (DateTimeParseException illegal) {
            // falls through to the error below
        }
        throw new OaiException(Code.BAD_ARGUMENT, "Not a date of this repository's granularity (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).");
    }
}
