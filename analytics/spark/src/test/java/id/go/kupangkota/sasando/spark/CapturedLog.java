package id.go.kupangkota.sasando.spark;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * What the jobs log while it is open (the driver's and, in the local test session, the executors'
 * lines: one JVM; the tests log through logback), for tests of what an operator reads.
 */
public final class CapturedLog implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public CapturedLog() {
        appender.start();
        root.addAppender(appender);
    }

    /** Each event as {@code LEVEL logger - message}, one a line. */
    public String text() {
        synchronized (appender.list) {
            return appender.list.stream()
                    .map(e -> e.getLevel() + " " + e.getLoggerName() + " - " + e.getFormattedMessage())
                    .collect(Collectors.joining("\n"));
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
