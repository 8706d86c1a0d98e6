package bg.libpartners.atlas.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETags on the atlas API: a map that pans back over the same box gets a 304 instead of the features again. */
@Configuration
class AtlasWebConfig {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> atlasEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/atlas/*");
        registration.setName("atlasEtags");
        return registration;
    }
}
