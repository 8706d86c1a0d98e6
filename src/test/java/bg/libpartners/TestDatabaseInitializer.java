package bg.libpartners;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points each test context at a fresh database of the kind the build asked for (see {@link TestDatabases}). */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new java.util.HashMap<String, Object>(TestDatabases.properties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
        TestDatabases.opened(context);
    }
}
