package roundtable.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.List;

/**
 * A list of cards that grows with the page: the first page of items from the database, and a
 * button that adds the next. A grid of fixed height would scroll inside the page, so on a phone
 * the reader scrolls two things and may never see what is below the fold of the inner one; this
 * list has no scrollbar of its own, and holds only the pages the reader asked to see.
 */
public class PagedList<T> extends Div {

    private static final long serialVersionUID = 1L;
    /** How many items a page holds: the first shown, and each "show more" adds. */
    public static final int PAGE_SIZE = 20;

    /** One page of items: the offset and limit go to the database. */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        List<T> fetch(int offset, int limit);
    }

    private final UnorderedList items = new UnorderedList();
    private final Paragraph shown = new Paragraph();
    private final Button more = new Button();
    private final SerializableFunction<T, Component> card;
    private final SerializableBiFunction<Integer, Long, String> shownText;
    private final int pageSize;
    private Pages<T> pages;
    private long total;
    private int loaded;

    /**
     * @param card what each item looks like
     * @param moreText the button's words ("Show more meetings")
     * @param shownText how many are shown of how many ("20 of 57 meetings shown")
     */
    public PagedList(
            SerializableFunction<T, Component> card,
            String moreText,
            SerializableBiFunction<Integer, Long, String> shownText) {
        this(card, moreText, shownText, PAGE_SIZE);
    }

    PagedList(
            SerializableFunction<T, Component> card,
            String moreText,
            SerializableBiFunction<Integer, Long, String> shownText,
            int pageSize) {
        this.card = card;
        this.shownText = shownText;
        this.pageSize = pageSize;
        addClassName("paged-list");
        items.addClassName("paged-list-items");
        shown.addClassName("paged-list-shown");
        // Said when a page is added, so a screen reader hears that the list grew.
        shown.getElement().setAttribute("aria-live", "polite");
        more.setText(moreText);
        more.addClassName("paged-list-more");
        more.addClickListener(e -> addPage(true));
        add(items, shown, more);
    }

    /** Names the list for screen readers, and gives ids to its parts so tests and skip links find them. */
    public PagedList<T> named(String id, String label) {
        setId(id);
        items.getElement().setAttribute("aria-label", label);
        shown.setId(id + "-shown");
        more.setId(id + "-more");
        return this;
    }

    /** Starts again from the first page. */
    public void show(Pages<T> pages, long total) {
        this.pages = pages;
        this.total = total;
        this.loaded = 0;
        items.removeAll();
        addPage(false);
    }

    /** How many items the list holds now. */
    public int loaded() {
        return loaded;
    }

    private void addPage(boolean focusFirstNew) {
        List<T> page = pages.fetch(loaded, pageSize);
        ListItem first = null;
        for (T item : page) {
            ListItem entry = new ListItem(card.apply(item));
            items.add(entry);
            if (first == null) {
                first = entry;
            }
        }
        loaded += page.size();
        if (page.size() < pageSize) {
            // Fewer than counted: some went (or the count was made before a change); there is no more to show.
            total = loaded;
        }
        total = Math.max(total, loaded);
        shown.setText(shownText.apply(loaded, total));
        shown.setVisible(total > pageSize);
        more.setVisible(loaded < total);
        if (focusFirstNew && first != null) {
            // Those on a keyboard carry on reading where the new page begins, not at the button, which may be gone.
            first.getElement().setAttribute("tabindex", "-1");
            first.getElement().callJsFunction("focus");
        }
    }
}
