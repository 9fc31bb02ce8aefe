package id.go.kupangkota.sasando.dashboard;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's logging, set up from the dashboard's own {@code application.properties} as the
 * application does at start, writes WITA time stamps with their offset on a machine set to another
 * zone, in the shape ingest and the Spark jobs write them.
 */
class DashboardLogTimeTest {
    private final TimeZone machineZone = TimeZone.getDefault();
    private final LoggingSystem logging = LoggingSystem.get(new WithoutTestLogging(getClass().getClassLoader()));

    /** The classpath the jar has: without the logback-test.xml core's test jar brings into this module's tests. */
    private static final class WithoutTestLogging extends ClassLoader {
        WithoutTestLogging(ClassLoader parent) {
            super(parent);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("logback-test.") ? null : super.getResource(name);
        }
    }

    @AfterEach
    void restore() {
        logging.cleanUp();
        TimeZone.setDefault(machineZone);
    }

    @Test
    void aLogLineCarriesTheWitaTimeAndItsOffsetWhateverTheMachinesZone() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new ResourcePropertySource("classpath:application.properties"));
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        @SuppressWarnings("unchecked")
        var console = (ConsoleAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .getAppender("CONSOLE");
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("id.go.kupangkota.sasando.x"),
                Level.INFO, "report made", null, null);
        event.setInstant(Instant.parse("2026-11-30T09:05:01.123Z"));

        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(line).startsWith("2026-11-30 17:05:01.123+08:00 ").contains("report made");
    }
}
