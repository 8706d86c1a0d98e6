package bg.libpartners;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LibPartnersApplication {

    public static void main(String[] args) {
        SpringApplication.run(LibPartnersApplication.class, args);
    }
}
