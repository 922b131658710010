package roundtable.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;

import roundtable.base.i18n.Language;
import roundtable.base.i18n.LocaleResolution;

/** Gives every page its language (and the html element its lang) and every session the friendly error handler. */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    private final transient LocaleResolution locales;

    UiSetup(LocaleResolution locales) {
        this.locales = locales;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            Language language = resolve(VaadinRequest.getCurrent());
            e.getUI().setLocale(language.locale());
            e.getUI().getElement().executeJs("document.documentElement.lang=$0", language.tag());
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", resolve(response.getVaadinRequest()).tag()));
    }

    private Language resolve(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            return locales.resolve(servletRequest.getHttpServletRequest());
        }
        return Language.fallback();
    }
}
