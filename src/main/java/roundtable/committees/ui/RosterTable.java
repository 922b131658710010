package roundtable.committees.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import roundtable.committees.Roster;
import roundtable.committees.RosterSeat;

/**
 * A roster grouped by constituency, with filled and vacant seats in words (not only colour).
 * Public so the public site can show the same roster without contact details.
 */
public class RosterTable extends Div {

    private static final long serialVersionUID = 1L;

    public RosterTable(Roster roster, boolean withContacts) {
        addClassName("roster");
        for (Roster.Constituency group : roster.constituencies()) {
            H3 heading = new H3(group.name());
            Span counts =
                    new Span(getTranslation("roster.filled", group.members().size(), group.seats())
                            + (group.vacancies() > 0 ? " · " + getTranslation("roster.vacant", group.vacancies()) : "")
                            + (group.voting() ? "" : " · " + getTranslation("roster.non-voting")));
            counts.addClassName("roster-counts");
            UnorderedList list = new UnorderedList();
            for (RosterSeat seat : group.members()) {
                list.add(new ListItem(line(seat, withContacts)));
            }
            add(heading, counts, list);
        }
    }

    private String line(RosterSeat seat, boolean withContacts) {
        if (seat.formerMember()) {
            return getTranslation("people.former-member") + " — "
                    + getTranslation(seat.position().messageKey());
        }
        StringBuilder text =
                new StringBuilder(seat.name() != null ? seat.name() : getTranslation("roster.name-withheld"));
        text.append(" — ").append(getTranslation(seat.position().messageKey()));
        if (seat.affiliation() != null) {
            text.append(", ").append(seat.affiliation());
        }
        if (withContacts && seat.email() != null) {
            text.append(" · ").append(seat.email());
            if (seat.phone() != null) {
                text.append(" · ").append(seat.phone());
            }
        }
        return text.toString();
    }
}
