package roundtable.scheduling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** A message about a group of fields (the candidate times as a whole), announced when it appears. */
class ErrorText extends Span implements HasValidation {

    private static final long serialVersionUID = 1L;

    private String errorMessage;

    ErrorText(String id) {
        setId(id);
        addClassName("error-text");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
