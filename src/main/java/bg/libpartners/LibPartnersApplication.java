package bg.libpartners;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LibPartnersApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(LibPartnersApplication.class);
        // LIBPARTNERS_STARTUP_STEPS=true records how long each step of the start took, for /actuator/startup
        // (exposed to admins with management.endpoints.web.exposure.include=…,startup)
        if (Boolean.parseBoolean(System.getenv("LIBPARTNERS_STARTUP_STEPS"))) {
            application.setApplicationStartup(new BufferingApplicationStartup(20_000));
        }
        application.run(args);
    }
}
