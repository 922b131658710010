package roundtable.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own words, in the reader's language, from one set of keys per use. */
public final class UploadTexts {

    private UploadTexts() {}

    /**
     * @param prefix message keys {@code prefix.choose}, {@code .drop}, {@code .too-big},
     *               {@code .rejected}, {@code .uploading} and {@code .failed}
     */
    public static UploadI18N of(Component in, String prefix, Object... limitArguments) {
        UploadI18N i18n = new UploadI18N();
        String choose = in.getTranslation(prefix + ".choose");
        String drop = in.getTranslation(prefix + ".drop");
        String rejected = in.getTranslation(prefix + ".rejected", limitArguments);
        String uploading = in.getTranslation(prefix + ".uploading");
        String failed = in.getTranslation(prefix + ".failed");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(choose).setMany(choose));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(in.getTranslation(prefix + ".too-big", limitArguments))
                .setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(uploading)
                        .setProcessing(uploading)
                        .setHeld(uploading)
                        .setStalled(uploading))
                .setRemainingTime(
                        new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(failed)
                        .setUnexpectedServerError(failed)
                        .setForbidden(failed)));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
