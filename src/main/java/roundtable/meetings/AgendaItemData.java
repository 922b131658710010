package roundtable.meetings;

import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.html.RichText;

/** What a chair or secretary writes for one agenda item. Checked by the service, which says which field is wrong. */
public record AgendaItemData(
        String title, String presenter, int minutesAllotted, String descriptionHtml, boolean publicComment) {

    /** The same item, trimmed and with its description sanitised, or the first rule it breaks. */
    AgendaItemData checked() {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new RuleViolationException("title", "validation.required");
        }
        PlainText.require("title", cleanTitle);
        if (cleanTitle.length() > AgendaLimits.TITLE) {
            throw new RuleViolationException("title", "validation.too-long", AgendaLimits.TITLE);
        }
        String cleanPresenter = presenter == null || presenter.isBlank() ? null : presenter.strip();
        PlainText.require("presenter", cleanPresenter);
        if (cleanPresenter != null && cleanPresenter.length() > AgendaLimits.PRESENTER) {
            throw new RuleViolationException("presenter", "validation.too-long", AgendaLimits.PRESENTER);
        }
        if (minutesAllotted < 0 || minutesAllotted > AgendaLimits.MAX_MINUTES) {
            throw new RuleViolationException("minutesAllotted", "agenda.minutes.range", AgendaLimits.MAX_MINUTES);
        }
        RichText.require("descriptionHtml", descriptionHtml);
        String html = RichText.sanitise(descriptionHtml);
        if (html.length() > AgendaLimits.DESCRIPTION) {
            throw new RuleViolationException("descriptionHtml", "validation.too-long", AgendaLimits.DESCRIPTION);
        }
        return new AgendaItemData(cleanTitle, cleanPresenter, minutesAllotted, html, publicComment);
    }
}
