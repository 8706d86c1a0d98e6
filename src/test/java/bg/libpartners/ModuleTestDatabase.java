package bg.libpartners;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * For a Spring Modulith {@code @ApplicationModuleTest}: the test profile and a fresh database of the kind the build
 * asked for, as {@link IntegrationTest} gives the whole application. Name such a test {@code …ModuleIT} so that it
 * runs on H2 and on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface ModuleTestDatabase {}
