/**
 * Who is coming to a meeting and what would help them take part: RSVPs from members and
 * guests (confirmed by an emailed link), an optional capacity with a waitlist, and requests
 * for interpretation, translation, accommodations, childcare and loaners.
 */
package roundtable.attendance;
