package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalLinkMaskTest {

    @Test
    void theSecretPartOfPersonalLinksIsHiddenAndTheRestStaysReadable() {
        String text = """
                Sign in: https://roundtable.example.org/signin/link?token=3f2b9c1e-7d4a-4c8e-9b1f-2a6d5e8c0b47
                Answer: https://roundtable.example.org/rsvp/answer/eyJwIjoicnN2cCJ9.mY3kPq9vX2bR8sT1uW4zA7cD0eF5gH6iJ
                Meeting page: https://roundtable.example.org/meetings/42
                Call 303-555-0100 about meeting 1234567890123456.""";

        String masked = PersonalLinkMask.mask(text);

        assertThat(masked)
                .doesNotContain("3f2b9c1e-7d4a", "eyJwIjoicnN2cCJ9", "mY3kPq9vX2bR8sT1uW4zA7cD0eF5gH6iJ")
                .contains(
                        "https://roundtable.example.org/signin/link?token=…",
                        "https://roundtable.example.org/rsvp/answer/….…",
                        "https://roundtable.example.org/meetings/42",
                        "meeting 1234567890123456.");
    }
}
