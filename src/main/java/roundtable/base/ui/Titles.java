package roundtable.base.ui;

import com.vaadin.flow.component.Component;

/** Page titles read "What · Roundtable", so a tab or a screen reader says where you are first. */
public final class Titles {

    private Titles() {}

    public static String of(Component view, String key, Object... params) {
        return view.getTranslation(key, params) + " · " + view.getTranslation("app.name");
    }
}
