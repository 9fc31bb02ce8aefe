package id.go.kupangkota.sasando.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log4j2 configuration the Spark jobs ship writes WITA time stamps with their offset, on a
 * machine set to another zone, in the shape ingest and the dashboard write them.
 */
class SparkLogTimeTest {
    private final TimeZone machineZone = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(machineZone);
    }

    @Test
    void aJobLogLineCarriesTheWitaTimeAndItsOffsetWhateverTheMachinesZone() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        // a context of its own, from the file on the job's classpath, not the one this test JVM logs through
        LoggerContext context = Configurator.initialize("spark-log-time-test", getClass().getClassLoader(),
                getClass().getClassLoader().getResource("log4j2.properties").toURI());
        try {
            Appender console = context.getConfiguration().getAppender("console");
            var event = Log4jLogEvent.newBuilder().setLoggerName("id.go.kupangkota.sasando.spark.PipelineJob")
                    .setLevel(Level.INFO).setMessage(new SimpleMessage("stage done"))
                    .setTimeMillis(java.time.Instant.parse("2026-11-30T09:05:01.123Z").toEpochMilli()).build();

            String line = new String(console.getLayout().toByteArray(event), StandardCharsets.UTF_8);

            assertThat(line).startsWith("2026-11-30 17:05:01.123+08:00 INFO  PipelineJob - stage done");
        } finally {
            Configurator.shutdown(context);
        }
    }
}
