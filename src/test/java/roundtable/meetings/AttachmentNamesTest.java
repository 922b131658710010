package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

    @Test
    void aNameKeepsItsWordsButLosesWhatWouldBreakItsDownloadAddress() {
        assertThat(AttachmentNames.clean("C:\\\\Users\\\\ana\\\\Budget 100%; v2.pdf"))
                .isEqualTo("Budget 100__ v2.pdf");
        assertThat(AttachmentNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentNames.clean("Presupuesto año 2027.pdf")).isEqualTo("Presupuesto año 2027.pdf");
    }
}
