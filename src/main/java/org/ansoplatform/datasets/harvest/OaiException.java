package org.ansoplatform.datasets.harvest;

/** A request the repository answers with one of OAI-PMH's error codes instead of the verb's element. */
class OaiException extends RuntimeException {

    enum Code {
        BAD_ARGUMENT("badArgument"), BAD_RESUMPTION_TOKEN("badResumptionToken"), BAD_VERB("badVerb"),
        CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"), ID_DOES_NOT_EXIST("idDoesNotExist"),
        NO_RECORDS_MATCH("noRecordsMatch"), NO_SET_HIERARCHY("noSetHierarchy");

        private final String xml;

        Code(String xml) {
            this.xml = xml;
        }

        String xml() {
            return xml;
        }

        /** badVerb and badArgument answer with a bare request element: its arguments are not to be trusted. */
        boolean echoesArguments() {
            return this != BAD_VERB && this != BAD_ARGUMENT;
        }
    }

    private final Code code;

    OaiException(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    Code code() {
        return code;
    }
}
