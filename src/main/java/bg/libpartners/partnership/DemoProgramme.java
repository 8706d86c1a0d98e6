package bg.libpartners.partnership;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's partnerships ({@code libpartners.demo-programme.*}, read only when demo data is on).
 *
 * @param seedOnly only the seed's three Bulgarian examples, not the living programme of about forty partnerships
 *     with their agreements, assessments, indicators and practices (the integration tests' setting: their contexts
 *     start faster, and one test checks the whole programme)
 */
@ConfigurationProperties("libpartners.demo-programme")
record DemoProgramme(@DefaultValue("false") boolean seedOnly) {}
