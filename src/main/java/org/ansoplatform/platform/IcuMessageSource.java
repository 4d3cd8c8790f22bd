package org.ansoplatform.platform;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ObjectUtils;

/**
 * The bundles as Spring reads them, formatted by ICU's MessageFormat instead of the JDK's: Russian, and most languages
 * after it, count with more than "one" and "other" ({@code {0,plural,one{# место} few{# места} many{# мест} other{# места}}}),
 * which only ICU's {@code plural} knows; {@code choice}, {@code number} and {@code select} keep working. ICU quotes
 * only where an apostrophe stands before a brace, {@code #} or {@code |}, so "don't {0}" and a doubled "''" both print
 * one apostrophe. A message without arguments is shown as written, as before.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    /** Parsed patterns by locale and text; ICU's formats are not thread-safe, so each is used under its own lock. */
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    /**
     * Every module brings its own bundle, {@code i18n/<module>.properties} with a twin per language
     * ({@code _zh}, {@code _ru}, ...); all of them are found on the class path, so a new module or a new language
     * needs no change here.
     */
    public static IcuMessageSource fromClassPath(ClassLoader classLoader) throws IOException {
        Set<String> basenames = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources("classpath*:i18n/*.properties")) {
            String name = resource.getFilename();
            if (name != null && !name.contains("_")) {
                basenames.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
            }
        }
        IcuMessageSource source = new IcuMessageSource();
        source.setBundleClassLoader(classLoader);
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale language = locale == null ? Locale.getDefault() : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        if (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat()) {
            return pattern;
        }
        return format(pattern, resolveArguments(args, language), language);
    }

    /** Default messages (a field error's own text, for example) follow the same rules as the bundles' messages. */
    @Override
    protected String formatMessage(String message, Object[] args, Locale locale) {
        if (message == null || ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat()) {
            return message;
        }
        return format(message, resolveArguments(args, locale), locale == null ? Locale.getDefault() : locale);
    }

    /** Dates are written in the platform's style before ICU sees them (see {@link DateStyle#argument}). */
    @Override
    protected Object[] resolveArguments(Object[] args, Locale locale) {
        Object[] resolved = super.resolveArguments(args, locale);
        Object[] written = new Object[resolved.length];
        for (int i = 0; i < resolved.length; i++) {
            written[i] = DateStyle.argument(resolved[i], locale == null ? Locale.getDefault() : locale);
        }
        return written;
    }

    private String format(String pattern, Object[] args, Locale locale) {
        MessageFormat format = formats.computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, text -> new MessageFormat(text, locale));
        synchronized (format) {
            return format.format(args == null ? new Object[0] : args);
        }
    }
}
