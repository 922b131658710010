package roundtable;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's message bundles configured as application.properties configures them, for tests without Spring. */
public final class TestMessages {

    private TestMessages() {}

    public static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
