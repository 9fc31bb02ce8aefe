package id.go.kupangkota.sasando.dashboard.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Where the weekly report is e-mailed. Bound from {@code sasando.smtp.*}, so the environment
 * variables {@code SASANDO_SMTP_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD}, {@code _FROM},
 * {@code _RECIPIENTS} (comma-separated) and {@code _STARTTLS} set it. Without a host or recipients
 * the report is not mailed (an info line says so); everything else keeps working.
 *
 * @param host       SMTP server; blank = mail off
 * @param port       SMTP port (default 587, submission)
 * @param user       SMTP user; blank = no authentication
 * @param password   its password; never logged
 * @param from       sender address (default: the user)
 * @param recipients who receives the report
 * @param starttls   upgrade to TLS when the server offers it (default true)
 */
@ConfigurationProperties("sasando.smtp")
public record SmtpSettings(String host, @DefaultValue("587") int port, String user, String password, String from,
                           @DefaultValue List<String> recipients, @DefaultValue("true") boolean starttls) {

    public SmtpSettings {
        recipients = recipients == null ? List.of()
                : recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SASANDO_SMTP_PORT must be 1..65535, not " + port);
        }
    }

    public boolean configured() {
        return host != null && !host.isBlank() && !recipients.isEmpty() && sender() != null;
    }

    /** The From address: {@code from}, else the SMTP user. */
    public String sender() {
        if (from != null && !from.isBlank()) {
            return from;
        }
        return user != null && user.contains("@") ? user : null;
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + ", from=" + sender() + ", recipients=" + recipients
                + ", starttls=" + starttls + "]";
    }
}
