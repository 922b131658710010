package roundtable.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.WindowSize;
import com.vaadin.flow.signals.Signal;
import java.util.List;

/**
 * A grid's columns on a phone. There, the columns that only add detail give way to one column
 * that sums the row up, so each row shows whom it is about, whole, and its actions, with nothing
 * to scroll sideways to; a wide window sees every column. A grid scrolls sideways inside itself,
 * so a phone would otherwise show the first two columns, cut short, and hide the actions.
 */
public final class PhoneColumns {

    /** Narrower windows are phones: the stylesheet's 40rem breakpoint at 16 px. */
    static final int PHONE_MAX_WIDTH = 640;

    private PhoneColumns() {}

    /**
     * Shows {@code summary} instead of {@code details} while the window is a phone's. Columns not
     * named (the actions) show at every width.
     */
    public static <T> void collapse(Grid<T> grid, Grid.Column<T> summary, List<Grid.Column<T>> details) {
        summary.setVisible(false);
        // Runs at once, and again whenever the window's size changes while the grid is shown.
        Signal.effect(grid, () -> {
            UI ui = grid.getUI().orElseGet(UI::getCurrent);
            WindowSize window = ui.getPage().windowSizeSignal().get();
            // 0 until the browser has told its size: the wide columns, as a grid shows by default.
            boolean phone = window.width() > 0 && window.width() < PHONE_MAX_WIDTH;
            summary.setVisible(phone);
            details.forEach(column -> column.setVisible(!phone));
            // The actions' width was measured for the wide layout; on a phone they stack (styles.css).
            grid.recalculateColumnWidths();
        });
    }

    /** Marks a cell's actions, which stack on a phone so the summary beside them keeps its width. */
    public static <C extends Component> C actions(C actions) {
        actions.addClassName("grid-actions");
        return actions;
    }

    /** A row summed up for the phone column: its title, whole and in bold, then each detail on a line. */
    public static Div summary(Component title, Component... details) {
        title.addClassName("phone-summary-title");
        Div summary = new Div(title);
        for (Component detail : details) {
            if (detail != null) {
                summary.add(detail);
            }
        }
        summary.addClassName("phone-summary");
        return summary;
    }

    /** A line of a summary; none for an empty text. */
    public static Span line(String text) {
        return text == null || text.isBlank() ? null : new Span(text);
    }
}
