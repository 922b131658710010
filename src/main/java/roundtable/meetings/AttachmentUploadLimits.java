package roundtable.meetings;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet's multipart limits follow the attachment limit, since uploads reach Vaadin
 * (and any controller) through them: Spring Boot's default of 1 MB would refuse most
 * agenda packets before our own check could say why. The request may be a little larger
 * than the file, for the form's envelope. The largest upload anywhere in the app is this one.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentUploadLimits {

    private static final long ENVELOPE = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentStorageProperties storage) {
        long file = storage.attachmentMaxSize().toBytes();
        return new MultipartConfigElement("", file, file + ENVELOPE, 0);
    }
}
