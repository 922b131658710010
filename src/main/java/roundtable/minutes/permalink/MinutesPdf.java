package roundtable.minutes.permalink;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Turns the permalink's HTML into a tagged PDF (PDF/UA: structure tree, document title and
 * language, every font embedded) with openhtmltopdf. The HTML is parsed with jsoup because the
 * minutes are HTML, not the XHTML openhtmltopdf's own parser insists on.
 */
@Component
class MinutesPdf {

    /** The font PDFBox itself carries (Liberation Sans, SIL OFL): embedded, so no reader substitutes another. */
    static final String FONT_FAMILY = "Liberation Sans";

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final byte[] font = load();

    byte[] render(String html, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Roundtable");
            // One face serves every weight: headings stand out by size, and nothing falls back to an unembedded font.
            for (int weight : new int[] {400, 700}) {
                for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
                    builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true);
                }
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri)), baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the minutes as PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] load() {
        try (InputStream in = MinutesPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the classpath: " + FONT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
