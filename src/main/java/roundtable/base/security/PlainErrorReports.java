package roundtable.base.security;

import java.io.IOException;
import java.io.Writer;
import java.util.Enumeration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import roundtable.base.html.PlainErrorPage;
import roundtable.base.i18n.Language;

/**
 * Takes the place of Tomcat's error report, which answers what Tomcat refuses before any filter of
 * the app runs (an encoded slash, a broken escape, an address longer than the header limit) with
 * its own page, Tomcat's look and none of the security headers. This one writes the headers
 * SecurityHeaders would have, and Roundtable's plain page in the language the browser asks for
 * (the address is all there is: no session, no cookie is read for a request refused this early).
 * An error the app answered itself (Spring's error page, Vaadin's) has its page and its headers
 * already and is left alone.
 */
final class PlainErrorReports extends ErrorReportValve {

    private final PlainErrorPage page;

    PlainErrorReports(PlainErrorPage page) {
        this.page = page;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own: only an error, only once, only if nothing was written and the client still listens.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", PlainErrorPage.POLICY);
        }
        SecurityHeaders.writeMissing(response, request.isSecure());
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page.render(status, language(request)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone; there is no one left to tell.
        }
    }

    private static Language language(Request request) {
        Enumeration<Locale> accepted = request.getLocales();
        while (accepted.hasMoreElements()) {
            var match = Language.fromTag(accepted.nextElement().toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Language.fallback();
    }
}
