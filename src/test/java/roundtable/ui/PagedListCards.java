package roundtable.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import roundtable.base.ui.PagedList;

/** The cards a {@link PagedList} shows now, as a reader would see them, first to last. */
final class PagedListCards {

    private PagedListCards() {}

    static List<Component> of(PagedList<?> list) {
        return list.getChildren()
                .filter(UnorderedList.class::isInstance)
                .flatMap(Component::getChildren)
                .filter(ListItem.class::isInstance)
                .flatMap(Component::getChildren)
                .toList();
    }
}
