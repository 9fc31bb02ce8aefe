package id.go.kupangkota.sasando.ingest.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logging configuration ingest ships ({@code sasando-ingest-logback.xml}, chosen by IngestCommand)
 * writes WITA time stamps with their offset, on a machine set to another zone, as the Spark jobs and
 * the dashboard do: one incident reads the same in every log.
 */
class IngestLogTimeTest {
    private final TimeZone machineZone = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(machineZone);
    }

    @Test
    void aLogLineCarriesTheWitaTimeAndItsOffsetWhateverTheMachinesZone() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getClassLoader().getResource("sasando-ingest-logback.xml"));
        try {
            var logger = context.getLogger("id.go.kupangkota.sasando.ingest.run.Daemon");
            @SuppressWarnings("unchecked")
            var console = (ConsoleAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                    .getAppender("console");
            LoggingEvent event = new LoggingEvent(getClass().getName(), logger, Level.INFO, "poll done", null, null);
            event.setInstant(Instant.parse("2026-11-30T09:05:01.123Z"));

            String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);

            assertThat(line).startsWith("2026-11-30 17:05:01.123+08:00 INFO  Daemon - poll done");
        } finally {
            context.stop();
        }
    }
}
