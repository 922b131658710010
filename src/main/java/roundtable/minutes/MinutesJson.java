package roundtable.minutes;

import org.springframework.stereotype.Component;
import roundtable.base.RuleViolationException;
import tools.jackson.databind.json.JsonMapper;

/** Minutes content as it is stored: JSON, no longer than the column takes. */
@Component
class MinutesJson {

    static final int CONTENT = 1_000_000;

    private final JsonMapper json;

    MinutesJson(JsonMapper json) {
        this.json = json;
    }

    String write(MinutesContent content) {
        String text = json.writeValueAsString(content);
        if (text.length() > CONTENT) {
            throw new RuleViolationException("content", "validation.too-long", CONTENT);
        }
        return text;
    }

    MinutesContent read(String text) {
        return text == null ? MinutesContent.empty() : json.readValue(text, MinutesContent.class);
    }
}
