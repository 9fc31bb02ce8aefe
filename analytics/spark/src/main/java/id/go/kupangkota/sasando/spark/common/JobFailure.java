package id.go.kupangkota.sasando.spark.common;

import org.apache.http.ConnectionClosedException;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * How a job's {@code main} ends when a stage fails: one paragraph on stderr (what failed, that the
 * landing zone and the curated Parquet still hold the data, how to re-run) and exit code
 * {@link #EXIT_FAILED}. The stack trace is printed only with {@code SASANDO_DEBUG=1} or
 * {@code -Dsasando.debug=true}: an operator needs the paragraph, a developer the trace.
 */
public final class JobFailure {
    public static final int EXIT_FAILED = 1;
    public static final String DEBUG_ENV = "SASANDO_DEBUG";
    public static final String DEBUG_PROPERTY = "sasando.debug";
    private static final int MAX_CAUSE_CHARS = 200;

    private JobFailure() {
    }

    /** A job's work; may throw anything. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /** A failure inside one named stage of a job (enrich, roll-ups, trends, accounts). */
    public static final class StageException extends RuntimeException {
        private final String stage;

        public StageException(String stage, Throwable cause) {
            super("the " + stage + " stage failed", cause);
            this.stage = stage;
        }

        public String stage() {
            return stage;
        }
    }

    /**
     * A failure the job recognised, whose message already says what happened and what to run (a zone or
     * checkpoint deleted or damaged by hand): {@link #message} gives it whole, not the innermost cause.
     */
    public static final class ActionNeeded extends RuntimeException {
        public ActionNeeded(String whatToDo, Throwable cause) {
            super(whatToDo, cause);
        }
    }

    /** Runs {@code body} as the named stage, so that a failure says which stage it was. */
    public static void stage(String stage, Body body) {
        try {
            body.run();
        } catch (StageException e) {
            throw e;
        } catch (Exception e) {
            throw new StageException(stage, e);
        }
    }

    /**
     * The body of a job's {@code main}: runs {@code body} and on a failure prints {@link #message}
     * (and the trace when debugging) and exits.
     *
     * @param rerun the command that runs the job again, e.g. {@code ./sasando pipeline}
     * @param esUrl the Elasticsearch the job writes to, or null with {@code --no-es}
     */
    public static void exitOnFailure(String job, String rerun, String esUrl, Body body) {
        try {
            body.run();
        } catch (Throwable e) {
            System.exit(report(e, job, rerun, esUrl, System.err, debug()));
        }
    }

    /** Prints the paragraph (and the trace when {@code debug}); returns the exit code. */
    public static int report(Throwable failure, String job, String rerun, String esUrl, PrintStream err, boolean debug) {
        err.println(message(failure, job, rerun, esUrl, debug));
        if (debug) {
            failure.printStackTrace(err);
        }
        return EXIT_FAILED;
    }

    public static boolean debug() {
        String env = System.getenv(DEBUG_ENV);
        return Boolean.getBoolean(DEBUG_PROPERTY)
                || (env != null && !env.isBlank() && !env.equals("0") && !env.equalsIgnoreCase("false"));
    }

    /** The one paragraph an operator reads. */
    public static String message(Throwable failure, String job, String rerun, String esUrl, boolean debug) {
        String stage = stageOf(failure);
        String what = stage == null ? job + " failed" : job + ": the " + stage + " stage failed";
        StringBuilder m = new StringBuilder(what);
        ActionNeeded action = actionNeeded(failure);
        if (action != null) {
            m.append(": ").append(action.getMessage());
        } else if (elasticsearchUnreachable(failure)) {
            m.append(" because Elasticsearch").append(esUrl == null ? "" : " at " + esUrl)
                    .append(" is not reachable (").append(cause(failure)).append(").")
                    .append(" Nothing is lost: the landing zone and the curated Parquet hold the data, and the posts and")
                    .append(" read models in Elasticsearch are rebuilt from them. Start Elasticsearch (./sasando es start,")
                    .append(" ./sasando status) and run ").append(rerun).append(" again; or run ").append(rerun)
                    .append(" --no-es now to write Parquet only, and a later run loads it.");
        } else {
            m.append(": ").append(cause(failure)).append('.')
                    .append(" Nothing is lost: the landing zone and the curated Parquet hold the data, and posts")
                    .append(" not yet enriched stay in the landing zone for the next run. Fix the cause and run ")
                    .append(rerun).append(" again.");
        }
        if (!debug) {
            m.append(" (Set ").append(DEBUG_ENV).append("=1 for the stack trace.)");
        }
        return m.toString();
    }

    private static ActionNeeded actionNeeded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ActionNeeded a) {
                return a;
            }
        }
        return null;
    }

    private static String stageOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StageException s) {
                return s.stage();
            }
        }
        return null;
    }

    /**
     * Whether the failure is Elasticsearch not answering, at any depth: Spark wraps a task's
     * exception, and the Elasticsearch client wraps the socket's.
     */
    public static boolean elasticsearchUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EsTarget.ElasticsearchUnavailableException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException || t instanceof ConnectionClosedException) {
                return true;
            }
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // IndexBootstrap's message, and a task's exception that Spark only kept as text
            if (msg.contains("cannot reach elasticsearch") || msg.contains("connection refused")) {
                return true;
            }
            // BulkWriter's failure when the node stopped with a bulk request in flight (mid-batch): the
            // client's connection closed, reset or broken (whichever the socket saw first), new requests refused, listed per document
            if (msg.contains("documents not written to") && (msg.contains("connectionclosedexception")
                    || msg.contains("connection is closed") || msg.contains("connection reset")
                    || msg.contains("broken pipe"))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, on one line and at most 200 characters. */
    static String cause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_CAUSE_CHARS ? text : text.substring(0, MAX_CAUSE_CHARS - 1) + "…";
    }
}
