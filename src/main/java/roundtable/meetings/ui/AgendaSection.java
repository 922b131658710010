package roundtable.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import roundtable.base.ui.RichTextBlock;
import roundtable.meetings.AgendaItemSummary;
import roundtable.meetings.AgendaService;
import roundtable.meetings.AttachmentSummary;

/**
 * A meeting's agenda as readers see it: numbered items with presenter, time, description,
 * whether public comment is taken, and the papers to download. Keepers of the agenda also
 * get a link to edit it.
 */
public class AgendaSection extends Section {

    private static final long serialVersionUID = 1L;

    public AgendaSection(AgendaService agenda, long meetingId) {
        addClassName("agenda");
        H2 heading = new H2(getTranslation("agenda.title"));
        heading.setId("agenda-heading");
        getElement().setAttribute("aria-labelledby", "agenda-heading");
        add(heading);
        if (agenda.mayEdit(meetingId)) {
            RouterLink edit = new RouterLink(
                    getTranslation("agenda.edit"),
                    AgendaEditorView.class,
                    new RouteParameters(AgendaEditorView.MEETING_ID, String.valueOf(meetingId)));
            edit.setId("edit-agenda");
            add(edit);
        }
        List<AgendaItemSummary> items = agenda.agendaOf(meetingId);
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("agenda.empty")));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("agenda-list");
        list.setId("agenda");
        for (AgendaItemSummary item : items) {
            list.add(item(item));
        }
        add(list);
    }

    private ListItem item(AgendaItemSummary item) {
        ListItem entry = new ListItem(new H3(item.title()));
        entry.addClassName("agenda-item");
        String details = details(this, item);
        if (!details.isEmpty()) {
            Paragraph meta = new Paragraph(details);
            meta.addClassName("agenda-details");
            entry.add(meta);
        }
        if (item.descriptionHtml() != null && !item.descriptionHtml().isBlank()) {
            entry.add(RichTextBlock.of(item.descriptionHtml()));
        }
        if (!item.attachments().isEmpty()) {
            UnorderedList files = new UnorderedList();
            files.addClassName("agenda-files");
            files.getElement().setAttribute("aria-label", getTranslation("agenda.attachments", item.title()));
            for (AttachmentSummary file : item.attachments()) {
                files.add(new ListItem(download(file, getLocale())));
            }
            entry.add(files);
        }
        return entry;
    }

    /** Presenter, time and public comment in one line, each in words. */
    static String details(Component in, AgendaItemSummary item) {
        List<String> parts = new ArrayList<>();
        if (item.presenter() != null) {
            parts.add(in.getTranslation("agenda.presenter", item.presenter()));
        }
        if (item.minutesAllotted() > 0) {
            parts.add(in.getTranslation("agenda.minutes", item.minutesAllotted()));
        }
        if (item.publicComment()) {
            parts.add(in.getTranslation("agenda.public-comment"));
        }
        return String.join(" · ", parts);
    }

    /** A plain link the browser follows itself (not Vaadin's router): the server sends the file as a download. */
    static Anchor download(AttachmentSummary file, Locale locale) {
        Anchor link = new Anchor(
                file.downloadPath(),
                file.fileName() + " (" + file.kind() + ", " + FileSizes.of(file.sizeBytes(), locale) + ")");
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", "");
        return link;
    }
}
