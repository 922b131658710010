package roundtable.attendance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.PersonalLinkLanguage;
import roundtable.base.security.SignedLinks;
import roundtable.people.PersonService;
import roundtable.people.Recipient;

/**
 * The RSVP links open in their recipient's language: a member's invitation in the language saved in
 * their profile, a guest's confirm and manage links in the language the guest chose when answering.
 * An expired link still speaks it, since its page says (in words) why it no longer answers.
 */
@Component
class RsvpLinkLanguage implements PersonalLinkLanguage {

    private final InvitationLinks invitations;
    private final RsvpRepository rsvps;
    private final SignedLinks links;
    private final PersonService people;

    RsvpLinkLanguage(InvitationLinks invitations, RsvpRepository rsvps, SignedLinks links, PersonService people) {
        this.invitations = invitations;
        this.rsvps = rsvps;
        this.links = links;
        this.people = people;
    }

    @Override
    public Optional<Language> recipientLanguage(String path) {
        Optional<String> invited = PersonalLinkLanguage.token(InvitationLinks.PATH, path);
        if (invited.isPresent()) {
            // A link that does not stand throws, and names nobody.
            return Optional.of(invitations.resolve(invited.get(), true).person().language());
        }
        return PersonalLinkLanguage.token(GuestTokens.CONFIRM_PATH, path)
                .flatMap(token -> rsvp(GuestTokens.CONFIRM_PURPOSE, token))
                .or(() -> PersonalLinkLanguage.token(GuestTokens.MANAGE_PATH, path)
                        .flatMap(token -> rsvp(GuestTokens.MANAGE_PURPOSE, token)))
                .flatMap(this::languageOf);
    }

    private Optional<Rsvp> rsvp(String purpose, String token) {
        SignedLinks.Verification verified = links.verify(purpose, token);
        if (verified.outcome() == SignedLinks.Outcome.INVALID) {
            return Optional.empty();
        }
        return rsvps.findById(verified.id())
                .filter(r -> MessageDigest.isEqual(
                        r.getNonce().getBytes(StandardCharsets.US_ASCII),
                        verified.nonce().getBytes(StandardCharsets.US_ASCII)));
    }

    private Optional<Language> languageOf(Rsvp rsvp) {
        return rsvp.guest()
                ? Optional.of(rsvp.getGuestLanguage())
                : people.recipient(rsvp.getPersonId()).map(Recipient::language);
    }
}
