package roundtable.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings a district changes to make Roundtable its own. Each can be set by an
 * environment variable (ROUNDTABLE_ORGANISATION_NAME, ROUNDTABLE_PUBLIC_BASE_URL, ...).
 */
@ConfigurationProperties("roundtable")
public record RoundtableProperties(
        @DefaultValue("Jeffco Public Schools") String organisationName,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("America/Denver") ZoneId defaultTimeZone,

        @DefaultValue("Roundtable <no-reply@roundtable.example.org>")
        String mailFrom) {

    /** An absolute link for emails and feeds, where the request's own host is unknown or untrusted. */
    public String link(String path) {
        String base =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
