package bg.libpartners.material;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * How the servlet container receives uploads: every part goes to a temporary file from its first byte (nothing is
 * held in memory), a file may be as large as {@code spring.servlet.multipart.max-file-size}
 * ({@code LIBPARTNERS_MAX_UPLOAD}, 500 MB), and the whole request that much plus 1 MB for the form's other fields —
 * with request and file limits equal, as Spring Boot's defaults would make them, a file just under the limit was
 * refused as a too-large request. Replaces Spring Boot's own multipart configuration, which reads the same properties.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart) {
        DataSize maxFile = multipart.getMaxFileSize();
        String location = multipart.getLocation();
        var factory = new MultipartConfigFactory();
        factory.setMaxFileSize(maxFile);
        factory.setMaxRequestSize(DataSize.ofBytes(maxFile.toBytes() + FORM_FIELDS.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        if (location != null && !location.isBlank()) {
            factory.setLocation(location);
        }
        return factory.createMultipartConfig();
    }
}
