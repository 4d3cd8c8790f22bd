package org.ansoplatform.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.ansoplatform.platform.InvalidInputException.Violation;

/**
 * Length over composition rules, as NIST SP 800-63B advises: at least 10 characters, at most 128, and not
 * guessable. Guessability is estimated by nbvcxz (a maintained zxcvbn descendant with lists of leaked passwords,
 * names and words, keyboard patterns, sequences, dates and leet substitutions): a password must need about 2^35
 * guesses, with the person's email and the platform's name counted as known to an attacker.
 */
final class PasswordPolicy {

    static final int MIN = 10;
    static final int MAX = 128;

    /** Bits of estimated guessing entropy required: nbvcxz's own default, which "correct horse battery" clears. */
    static final double MIN_ENTROPY = 35;

    private PasswordPolicy() {
    }

    static List<Violation> check(String field, String password, String email) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.length() < MIN) {
            violations.add(new Violation(field, "accounts.password.tooShort", MIN));
        } else if (password.length() > MAX) {
            violations.add(new Violation(field, "accounts.password.tooLong", MAX));
        } else if (!strongEnough(password, email)) {
            violations.add(new Violation(field, "accounts.password.tooCommon"));
        }
        return violations;
    }

    private static boolean strongEnough(String password, String email) {
        DictionaryBuilder known = new DictionaryBuilder().setDictionaryName("known to an attacker").setExclusion(true)
                .addWord("anso", 0).addWord("ansoplatform", 0).addWord("platform", 0);
        if (email != null) {
            String normalized = Emails.normalize(email);
            int at = normalized.indexOf('@');
            String local = at < 0 ? normalized : normalized.substring(0, at);
            for (String part : (local + " " + (at < 0 ? "" : normalized.substring(at + 1))).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3) {
                    known.addWord(part.toLowerCase(Locale.ROOT), 0);
                }
            }
            known.addWord(local, 0);
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(known.createDictionary());
        Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY).setMaxLength(MAX).createConfiguration());
        return estimator.estimate(password).isMinimumEntropyMet();
    }
}
